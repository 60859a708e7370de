namespace Sign2Gpt.Text.PseudoGlosses;

/// <summary>Reads and writes the upper-case UD spelling ("NOUN", "PROPN") used in data files.</summary>
public static class PartOfSpeechNames
{
    public static PartOfSpeech Parse(string name)
    {
        if (!TryParse(name, out var pos))
        {
            throw new FormatException($"'{name}' is not a universal part-of-speech tag.");
        }
        return pos;
    }

    public static bool TryParse(string name, out PartOfSpeech pos) =>
        Enum.TryParse(name, ignoreCase: true, out pos) && Enum.IsDefined(pos);

    public static string ToName(this PartOfSpeech pos) => pos.ToString().ToUpperInvariant();
}
