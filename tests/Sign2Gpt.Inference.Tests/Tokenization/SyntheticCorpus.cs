namespace Sign2Gpt.Inference.Tests.Tokenization;

/// <summary>
/// Weather-report-like German and English sentences from a seeded generator. Content words are built from
/// prefix + stem + suffix so that, like real text, many word forms share sub-word pieces and a frequency-skewed
/// few dominate; BPE has something to find, and results are reproducible without shipping a corpus.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly Language German = new(
        ["es", "im", "der", "die", "das", "und", "bei", "um", "in", "am", "mit", "von", "auch", "dann", "noch", "nur", "sehr", "wird", "ist", "gibt"],
        ["", "", "", "nord", "süd", "ost", "west", "über", "vor", "nach", "höhen", "küsten"],
        ["regen", "schnee", "wind", "sonne", "wolke", "gewitter", "nebel", "frost", "temperatur", "wetter", "luft", "druck",
         "front", "sturm", "hagel", "schauer", "glätte", "straße", "grüße", "tag", "nacht", "morgen", "abend", "süden", "norden"],
        ["", "", "", "n", "en", "s", "es", "ig", "ige", "igen", "lich", "liche", "ung", "ungen", "gebiet", "warnung"],
        ["eins", "zwei", "drei", "vier", "fünf", "sechs", "zehn", "zwölf", "zwanzig"]);

    private static readonly Language English = new(
        ["the", "in", "of", "and", "it", "will", "be", "on", "at", "with", "from", "a", "also", "then", "still", "only", "very", "is", "there", "some"],
        ["", "", "", "north", "south", "east", "west", "over", "under", "pre", "up", "coast"],
        ["rain", "snow", "wind", "sun", "cloud", "storm", "fog", "frost", "temperature", "weather", "air", "pressure",
         "front", "shower", "hail", "ice", "road", "greeting", "day", "night", "morning", "evening", "land", "sea", "light"],
        ["", "", "", "s", "y", "ing", "ed", "er", "iest", "ier", "less", "ward", "wards", "ly", "ness", "side"],
        ["one", "two", "three", "four", "five", "six", "ten", "twelve", "twenty"]);

    /// <summary>Half German, half English, alternating; sentences of 8 to 18 words.</summary>
    public static List<string> GermanAndEnglish(int count, int seed)
    {
        var random = new Random(seed);
        var sentences = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            sentences.Add((i % 2 == 0 ? German : English).Sentence(random));
        }

        return sentences;
    }

    /// <summary>An element, biased towards the front of the list as word frequencies are.</summary>
    private static string Skewed(string[] items, Random random) => items[(int)(items.Length * Math.Pow(random.NextDouble(), 2.5))];

    private sealed record Language(string[] FunctionWords, string[] Prefixes, string[] Stems, string[] Suffixes, string[] Numbers)
    {
        public string Sentence(Random random)
        {
            var words = new List<string>();
            var length = random.Next(8, 19);
            for (var i = 0; i < length; i++)
            {
                var roll = random.NextDouble();
                words.Add(roll switch
                {
                    < 0.45 => Skewed(FunctionWords, random),
                    < 0.50 => random.Next(1, 40).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    < 0.55 => Skewed(Numbers, random),
                    _ => Skewed(Prefixes, random) + Skewed(Stems, random) + Skewed(Suffixes, random),
                });
            }

            words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
            return string.Join(' ', words) + (random.NextDouble() < 0.8 ? "." : "!");
        }
    }
}
