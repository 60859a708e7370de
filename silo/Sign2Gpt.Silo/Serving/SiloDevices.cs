namespace Sign2Gpt.Silo.Serving;

/// <summary>How a silo's inference devices are written in its Orleans silo metadata.</summary>
public static class SiloDevices
{
    public const string MetadataKey = "sign2gpt.devices";

    public static string Format(IEnumerable<string> devices) => string.Join(',', devices);

    public static IReadOnlyList<string> Parse(string? metadata) =>
        string.IsNullOrWhiteSpace(metadata) ? [] : metadata.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
