using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Bundles;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Onnx;
using Sign2Gpt.Inference.Tokenization;
using Sign2Gpt.Training.Export;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Tests.Model;

namespace Sign2Gpt.Training.Tests.Export;

public sealed class BundleTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sign2gpt-tests", Guid.NewGuid().ToString("N"));
    private readonly BpeTokenizer _tokenizer = BpeTokenizer.Train(
        ["morgen regnet es im norden", "tomorrow it rains in the north", "heute scheint die sonne"],
        new BpeTrainingOptions { VocabularySize = 320, MinFrequency = 1, Languages = ["de", "en"] });

    [Fact]
    public async Task A_written_bundle_loads_with_its_adapters()
    {
        using var model = Model();
        await Write(model, modelVersion: 3, AdapterExtractor.Extract(model, adapterVersion: 1, modelVersion: 3));

        using var bundle = ModelBundle.Load(_directory, Sessions());

        Assert.Equal(3, bundle.Manifest.ModelVersion);
        Assert.NotNull(bundle.AdapterFor("de"));
        Assert.Null(bundle.AdapterFor("fr"));
        Assert.Equal(["gloss-a", "gloss-b", "gloss-c"], bundle.PseudoGlosses.Select(g => g.Gloss));
        Assert.Equal(["de", "en"], bundle.PseudoGlosses[2].Languages);
        Assert.Equal(_tokenizer.ContentHash, bundle.Tokenizer.ContentHash);
    }

    [Fact]
    public async Task A_changed_file_is_refused_by_its_hash()
    {
        using var model = Model();
        await Write(model, modelVersion: 1, AdapterExtractor.Extract(model, 1, 1));
        var decoder = Path.Combine(_directory, "decoder.onnx");
        var bytes = await File.ReadAllBytesAsync(decoder);
        bytes[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(decoder, bytes);

        var error = Assert.Throws<BundleFormatException>(() => ModelBundle.Load(_directory, Sessions()));

        Assert.Contains("decoder.onnx", error.Message);
        Assert.Contains("does not match", error.Message);
    }

    [Fact]
    public async Task An_adapter_for_another_model_version_is_refused()
    {
        using var model = Model();
        await Write(model, modelVersion: 2, AdapterExtractor.Extract(model, adapterVersion: 1, modelVersion: 1));

        var error = Assert.Throws<IncompatibleAdapterException>(() => ModelBundle.Load(_directory, Sessions()));

        Assert.Contains("model version", error.Message);
    }

    [Fact]
    public void A_folder_without_manifest_is_not_a_bundle()
    {
        Directory.CreateDirectory(_directory);

        var error = Assert.Throws<BundleFormatException>(() => ModelBundle.Load(_directory, Sessions()));

        Assert.Contains(ModelBundleManifest.FileName, error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private Sign2GptModel Model()
    {
        var config = TinyConfig.Create();
        return new Sign2GptModel(config with { Decoder = config.Decoder with { VocabularySize = _tokenizer.VocabularySize } }, pseudoGlossVocabulary: 3);
    }

    private Task<ModelBundleManifest> Write(Sign2GptModel model, int modelVersion, LoraAdapter adapter) =>
        BundleWriter.WriteAsync(_directory, new BundleWriter.Contents(
            "test", modelVersion, model, _tokenizer, [new("gloss-a", ["de"]), new("gloss-b", ["en"]), new("gloss-c", ["de", "en"])],
            new Dictionary<string, ShippedAdapter> { ["de"] = new(adapter, new BundleAdapterProvenance("none", "none", 1, "none")) },
            new BundleProvenance(["test"], 1, "none", "none"), [], Float16: false), CancellationToken.None);

    private static OnnxSessionFactory Sessions() =>
        new(Options.Create(new InferenceOptions { Device = "cpu" }), NullLogger<OnnxSessionFactory>.Instance);
}
