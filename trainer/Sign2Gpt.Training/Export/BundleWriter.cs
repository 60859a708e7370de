using System.Security.Cryptography;
using System.Text.Json;
using Sign2Gpt.Contracts.Bundles;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Tokenization;
using Sign2Gpt.Training.Model;

namespace Sign2Gpt.Training.Export;

/// <summary>Writes a model bundle: encoder.onnx, decoder.onnx, tokenizer.json, glosses.txt, adapters/*.onnx_adapter and manifest.json.</summary>
public static class BundleWriter
{
    public sealed record Contents(
        string Name,
        int ModelVersion,
        Sign2GptModel Model,
        BpeTokenizer Tokenizer,
        IReadOnlyList<PseudoGlossEntry> PseudoGlosses,
        IReadOnlyDictionary<string, ShippedAdapter> Adapters,
        BundleProvenance Provenance,
        IReadOnlyList<BundleEvaluation> Evaluation,
        bool Float16);

    public static async Task<ModelBundleManifest> WriteAsync(string directory, Contents contents, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(directory, "adapters"));
        var model = contents.Model;
        model.eval();
        var encoder = await WriteFileAsync(directory, "encoder.onnx", SignEncoderExporter.Export(model, contents.Float16), cancellationToken);
        var decoder = await WriteFileAsync(directory, "decoder.onnx", DecoderExporter.Export(model, contents.Float16), cancellationToken);
        var tokenizer = await WriteFileAsync(directory, "tokenizer.json", System.Text.Encoding.UTF8.GetBytes(contents.Tokenizer.ToJson()), cancellationToken);
        var glosses = await WriteFileAsync(directory, "glosses.txt", System.Text.Encoding.UTF8.GetBytes(string.Join('\n', contents.PseudoGlosses.Select(g => g.Format())) + "\n"), cancellationToken);
        var adapters = new List<BundleAdapter>();
        foreach (var (language, adapter) in contents.Adapters.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var file = await WriteFileAsync(directory, $"adapters/{language}.onnx_adapter", LoraAdapterFile.Write(adapter.Weights), cancellationToken);
            adapters.Add(new BundleAdapter(language, adapter.Weights.AdapterVersion, file, adapter.Provenance));
        }

        var config = model.Config;
        var manifest = new ModelBundleManifest(
            ModelBundleManifest.CurrentFormatVersion,
            contents.Name,
            contents.ModelVersion,
            DateTimeOffset.UtcNow,
            new BundleArchitecture(config.Name, config.Encoder.Dim, config.Decoder.Dim, config.Decoder.Layers, config.Decoder.Heads,
                config.Decoder.VocabularySize, config.Decoder.PadTokenId, SpecialTokens.EosId, contents.PseudoGlosses.Count,
                config.Decoder.Lora.Rank, contents.Float16),
            new BundleBackbone(ResNet18Backbone.Version, config.Spatial.FeatureSize, ResNet18Backbone.InputSide, FrameStride: 2),
            encoder,
            decoder,
            tokenizer,
            glosses,
            contents.Tokenizer.Languages,
            adapters,
            contents.Provenance,
            contents.Evaluation);
        await File.WriteAllTextAsync(Path.Combine(directory, ModelBundleManifest.FileName), JsonSerializer.Serialize(manifest, BundleJson.Options), cancellationToken);
        return manifest;
    }

    private static async Task<BundleFile> WriteFileAsync(string directory, string relativePath, byte[] bytes, CancellationToken cancellationToken)
    {
        await File.WriteAllBytesAsync(Path.Combine(directory, relativePath), bytes, cancellationToken);
        return new BundleFile(relativePath, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
