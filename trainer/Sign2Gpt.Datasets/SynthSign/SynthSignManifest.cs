using System.Text;
using System.Text.Json;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Datasets.SynthSign.Signers;

namespace Sign2Gpt.Datasets.SynthSign;

/// <summary>
/// <c>synthsign.json</c> says how a corpus was made (and marks the folder as SynthSign's own, so a
/// rerun may replace it); <c>synthsign-lexicon.csv</c> lists every sign's phonology.
/// </summary>
internal static class SynthSignManifest
{
    public const string FileName = "synthsign.json";
    public const string LexiconFileName = "synthsign-lexicon.csv";

    public static async Task WriteAsync(string root, SynthSignOptions options, IReadOnlyList<SignerProfile> cast, IReadOnlyList<SynthVideo> videos, CancellationToken cancellationToken)
    {
        var lexicon = new StringBuilder("gloss|handshape|location|movement|orientation|hands\n");
        foreach (var sign in options.Language.Lexicon.Signs)
        {
            var phonology = sign.Phonology;
            lexicon.Append(sign.Gloss).Append('|').Append(phonology.Handshape).Append('|').Append(phonology.Location).Append('|')
                .Append(phonology.Movement).Append('|').Append(phonology.Orientation).Append('|').Append(phonology.Arrangement).Append('\n');
        }

        await File.WriteAllTextAsync(Path.Combine(root, LexiconFileName), lexicon.ToString(), new UTF8Encoding(false), cancellationToken);

        using var buffer = new MemoryStream();
        await using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("generator", "SynthSign");
            json.WriteString("language", options.Language.Id);
            json.WriteString("spoken_language", options.Language.SpokenLanguage);
            json.WriteNumber("seed", options.Seed);
            json.WriteNumber("min_signs", options.MinSigns);
            json.WriteNumber("max_signs", options.MaxSigns);
            json.WriteNumber("fps", 25);
            json.WriteNumber("glosses", options.Language.Lexicon.Count);
            json.WriteStartObject("splits");
            foreach (var split in Enum.GetValues<CorpusSplit>())
            {
                json.WriteStartObject(split.ToFolderName());
                json.WriteNumber("videos", videos.Count(video => video.Split == split));
                json.WriteStartArray("signers");
                foreach (var signer in cast.Where(signer => signer.Split == split))
                {
                    json.WriteStringValue(signer.Id);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        await File.WriteAllBytesAsync(Path.Combine(root, FileName), buffer.ToArray(), cancellationToken);
    }
}
