namespace Sign2Gpt.Datasets.Imports;

/// <summary>A row of translations.csv: <c>video,translation[,split][,signer]</c> (RFC 4180 quoting), fields trimmed.</summary>
public sealed record TranslationRow(string Video, string Translation, string? Split, string? Signer);
