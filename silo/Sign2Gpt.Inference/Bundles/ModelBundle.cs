using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using Sign2Gpt.Contracts.Bundles;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Inference.Onnx;
using Sign2Gpt.Inference.Tokenization;

namespace Sign2Gpt.Inference.Bundles;

/// <summary>
/// A loaded model bundle: manifest checked, every file's hash verified, encoder and decoder sessions
/// created once on the configured device, tokenizer and pseudo-gloss names read, and each shipped
/// adapter validated against the decoder before it can be used.
/// </summary>
public sealed class ModelBundle : IDisposable
{
    private readonly Dictionary<string, OrtLoraAdapter> _adapters;

    private ModelBundle(
        string directory,
        ModelBundleManifest manifest,
        InferenceSession encoder,
        InferenceSession decoder,
        InferenceDevice device,
        BpeTokenizer tokenizer,
        IReadOnlyList<PseudoGlossEntry> pseudoGlosses,
        Dictionary<string, OrtLoraAdapter> adapters)
    {
        Directory = directory;
        Manifest = manifest;
        Encoder = encoder;
        Decoder = decoder;
        Device = device;
        Tokenizer = tokenizer;
        PseudoGlosses = pseudoGlosses;
        _adapters = adapters;
    }

    public string Directory { get; }

    public ModelBundleManifest Manifest { get; }

    public InferenceSession Encoder { get; }

    public InferenceSession Decoder { get; }

    public InferenceDevice Device { get; }

    public BpeTokenizer Tokenizer { get; }

    /// <summary>The encoder's timeline rows, in order, each with the languages it belongs to.</summary>
    public IReadOnlyList<PseudoGlossEntry> PseudoGlosses { get; }

    public static ModelBundleManifest ReadManifest(string directory)
    {
        var path = Path.Combine(directory, ModelBundleManifest.FileName);
        if (!File.Exists(path))
        {
            throw new BundleFormatException($"'{directory}' is not a model bundle: {ModelBundleManifest.FileName} is missing.");
        }

        try
        {
            var manifest = JsonSerializer.Deserialize<ModelBundleManifest>(File.ReadAllText(path), BundleJson.Options)
                ?? throw new BundleFormatException($"'{path}' is empty.");
            return manifest.FormatVersion == ModelBundleManifest.CurrentFormatVersion
                ? manifest
                : throw new BundleFormatException($"'{path}' has bundle format {manifest.FormatVersion}; this build reads {ModelBundleManifest.CurrentFormatVersion}.");
        }
        catch (JsonException e)
        {
            throw new BundleFormatException($"'{path}' is not a valid manifest: {e.Message}", e);
        }
    }

    /// <param name="onDevice">A device of this machine instead of the configured one (see <see cref="OnnxSessionFactory.Create"/>).</param>
    public static ModelBundle Load(string directory, OnnxSessionFactory sessions, string? onDevice = null)
    {
        var manifest = ReadManifest(directory);
        byte[] Read(BundleFile file) => VerifiedBytes(directory, file);

        var tokenizer = BpeTokenizer.FromJson(System.Text.Encoding.UTF8.GetString(Read(manifest.Tokenizer)));
        if (tokenizer.VocabularySize != manifest.Architecture.VocabularySize)
        {
            throw new BundleFormatException($"The tokenizer has {tokenizer.VocabularySize} tokens but the manifest says {manifest.Architecture.VocabularySize}.");
        }

        var glosses = System.Text.Encoding.UTF8.GetString(Read(manifest.PseudoGlosses))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((line, index) => PseudoGlossEntry.Parse(line, index + 1))
            .ToArray();
        if (glosses.Length != manifest.Architecture.PseudoGlossCount)
        {
            throw new BundleFormatException($"The pseudo-gloss list has {glosses.Length} entries but the manifest says {manifest.Architecture.PseudoGlossCount}.");
        }

        var (encoder, device) = sessions.Create(Read(manifest.Encoder), "sign encoder", device: onDevice);
        var (decoder, _) = sessions.Create(Read(manifest.Decoder), "decoder", sessions.DecoderIntraOpThreads, onDevice);
        var adapters = new Dictionary<string, OrtLoraAdapter>(StringComparer.Ordinal);
        try
        {
            foreach (var entry in manifest.Adapters)
            {
                var bytes = Read(entry.File);
                var adapter = LoraAdapterFile.Read(bytes);
                AdapterCompatibility.EnsureCompatible(adapter, decoder, manifest.ModelVersion);
                adapters[entry.Language] = OrtLoraAdapter.Create(bytes, null);
            }
        }
        catch
        {
            encoder.Dispose();
            decoder.Dispose();
            foreach (var adapter in adapters.Values)
            {
                adapter.Dispose();
            }

            throw;
        }

        return new ModelBundle(directory, manifest, encoder, decoder, device, tokenizer, glosses, adapters);
    }

    /// <summary>The shipped adapter for a language, if the bundle has one.</summary>
    public OrtLoraAdapter? AdapterFor(string language) => _adapters.GetValueOrDefault(language);

    public void Dispose()
    {
        Encoder.Dispose();
        Decoder.Dispose();
        foreach (var adapter in _adapters.Values)
        {
            adapter.Dispose();
        }
    }

    private static byte[] VerifiedBytes(string directory, BundleFile file)
    {
        var path = Path.Combine(directory, file.Path);
        if (!File.Exists(path))
        {
            throw new BundleFormatException($"Bundle file '{file.Path}' is missing from '{directory}'.");
        }

        var bytes = File.ReadAllBytes(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return hash == file.Sha256
            ? bytes
            : throw new BundleFormatException($"Bundle file '{file.Path}' does not match the manifest (SHA-256 {hash[..12]}…, expected {file.Sha256[..Math.Min(12, file.Sha256.Length)]}…): it was changed or damaged.");
    }
}
