namespace Sign2Gpt.Contracts.Bundles;

/// <summary>
/// manifest.json of a model bundle: what the bundle is (architecture sizes, the backbone its features
/// come from, tokenizer), where its files are with their SHA-256, the adapters per language, how it
/// was made and how well it did. Loaders refuse a bundle whose files do not match.
/// </summary>
public sealed record ModelBundleManifest(
    int FormatVersion,
    string Name,
    int ModelVersion,
    DateTimeOffset CreatedUtc,
    BundleArchitecture Architecture,
    BundleBackbone Backbone,
    BundleFile Encoder,
    BundleFile Decoder,
    BundleFile Tokenizer,
    BundleFile PseudoGlosses,
    IReadOnlyList<string> Languages,
    IReadOnlyList<BundleAdapter> Adapters,
    BundleProvenance Provenance,
    IReadOnlyList<BundleEvaluation> Evaluation)
{
    /// <summary>2: the decoder caches cross-attention keys and values; glosses.txt lists each gloss' languages.</summary>
    public const int CurrentFormatVersion = 2;
    public const string FileName = "manifest.json";
}
