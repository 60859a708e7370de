namespace Sign2Gpt.Datasets.Corpora;

/// <summary>What CSL-Daily's annotation pickle says about one video.</summary>
internal sealed record CslDailyRecord(string Name, string Translation, string? Glosses, string? Signer);
