using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Bundles;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Datasets.Features;
using Sign2Gpt.Datasets.SynthSign;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Media;
using Sign2Gpt.Inference.Onnx;
using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Decoding;
using Sign2Gpt.Training.Evaluation;
using Sign2Gpt.Training.Export;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Runs;
using Sign2Gpt.Training.Training;
using Sign2Gpt.Text.WordVectors;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Runs;

/// <summary>
/// The whole chain on a tiny SynthSign corpus with real frames, ResNet18 features, fastText and ONNX Runtime:
/// LM → stage 1 → stage 2 → adapter → bundle → the serving pipeline, which must agree with TorchSharp.
/// The evaluation's per-video record is checked with the shipped demo bundle, whose timeline localises glosses on these videos.
/// </summary>
public sealed class TrainingPipelineTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sign2gpt-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Every_stage_runs_and_the_bundle_translates_as_the_trained_model_does()
    {
        var corpus = await SynthesizeAsync();
        using var backbone = ResNet18Backbone.Load(Options.Create(new BackboneOptions()), Sessions());
        var (extractor, services) = Features(backbone);
        var config = ModelConfigs.Default with { Encoder = ModelConfigs.Default.Encoder with { Dim = 64, Heads = 4 }, Decoder = ModelConfigs.Default.Decoder with { Dim = 64, Layers = 2, Heads = 4, FfnDim = 128 } };
        var options = TrainingOptions.Paper with { Epochs = 1, BatchSize = 4, WarmupEpochs = 0 };
        var fastText = new FastTextOptions { Epochs = 1, Dimension = 300 };
        string Dir(string name) => Path.Combine(_root, name);

        var lm = await LanguageModelRun.RunAsync(new LanguageModelRun.Settings([corpus], Dir("lm"), config, options, 400, ExtraSentences: 40), services, null, CancellationToken.None);
        var augmented = options with { Augmentation = FeatureAugmentation.Default with { ImageViews = 1 } };
        var pretrain = await PretrainRun.RunAsync(new PretrainRun.Settings([corpus], Dir("lm"), Dir("stage1"), config, augmented, fastText), services, null, null, CancellationToken.None);
        var translate = await TranslateRun.RunAsync(
            new TranslateRun.Settings([corpus], Dir("lm"), Dir("stage1"), Dir("stage2"), config, augmented with { PseudoGlossWeight = 1 }, fastText), services, null, null, CancellationToken.None);
        var timeline = await TimelineRun.RunAsync(new TimelineRun.Settings([corpus], Dir("stage2"), Dir("timeline"), config, options), services, null, null, CancellationToken.None);
        var adapt = await AdaptRun.RunAsync(new AdaptRun.Settings([corpus], Dir("stage2"), "de", Dir("adapt"), config, options, AdapterVersion: 1, ModelVersion: 1), services, null, null, CancellationToken.None);

        Assert.Equal(["lm", "pretrain", "translate", "timeline", "adapt"], new[] { lm, pretrain, translate, timeline, adapt }.Select(s => s.Stage));
        Assert.All(new[] { lm, pretrain, translate, timeline, adapt }, s => Assert.Equal(64, s.DataHash.Length));
        Assert.True(pretrain.Metrics["glosses"] > 5);
        Assert.Contains("f1_before", timeline.Metrics.Keys);
        var views = Directory.GetDirectories(Path.Combine(_root, "cache"), "aug1-seed1-view1", SearchOption.AllDirectories).Single();
        Assert.Equal(SignCorpus.Open(corpus).Split(CorpusSplit.Train).Count, Directory.GetFiles(views, "*", SearchOption.AllDirectories).Length);

        var tokenizer = ModelFiles.LoadTokenizer(Dir("timeline"));
        var inventory = await PseudoGlossInventory.LoadAsync(Dir("timeline"), CancellationToken.None);
        using var model = ModelFiles.Create(config, tokenizer, inventory);
        ModelFiles.LoadModel(model, Dir("timeline"));
        var shipped = await ShippedAdapter.FromRunAsync(Dir("adapt"), CancellationToken.None);
        var adapter = shipped.Weights;
        await BundleWriter.WriteAsync(Dir("bundle"), new BundleWriter.Contents("test", 1, model, tokenizer, inventory.Entries,
            new Dictionary<string, ShippedAdapter> { ["de"] = shipped }, new(["tests"], 1, translate.DataHash, corpus), [], Float16: false), CancellationToken.None);

        using var bundle = ModelBundle.Load(Dir("bundle"), Sessions());
        Assert.Equal(new BundleAdapterProvenance(corpus, adapt.DataHash, options.Seed, "epochs 1, lr 0.0003, warm-up 0, batch 4"),
            bundle.Manifest.Adapters.Single().Provenance);
        var translator = new SignTranslator(bundle, extractor);
        var video = Directory.GetDirectories(Path.Combine(corpus, "features", "fullFrame-210x260px", "test"))[0];
        var served = await translator.TranslateAsync(video, "de", BeamSearchOptions.Paper, CancellationToken.None);

        AdapterExtractor.Apply(model, adapter);
        model.eval();
        var features = await extractor.ExtractAsync(video, CancellationToken.None);
        using var frames = tensor(features.Values, [1, features.FrameCount, features.Dimension]);
        var (signFeatures, signValid) = model.Encode(frames, ones(1, features.FrameCount, dtype: @bool));
        using var scorer = new TorchScorer(model, signFeatures, signValid);
        var reference = BeamSearch.Run(scorer, [tokenizer.LanguageTag("de")], BeamSearchOptions.Paper, CancellationToken.None);

        Assert.Equal(tokenizer.Decode(reference.Tokens), served.Text);
        Assert.Equal("de@v1", served.Adapter);
        Assert.NotEmpty(served.Timeline.Probabilities);

        var translations = new List<EvaluatedVideo>();
        var scores = await BundleEvaluator.EvaluateAsync(translator, [corpus], CorpusSplit.Test, "test", services, null, CancellationToken.None, translations);
        var test = SignCorpus.Open(corpus).Split(CorpusSplit.Test);
        Assert.Equal(test.Count, scores.Single().Sentences);
        Assert.Equal(test.Select(s => s.Name).Order(), translations.Select(t => t.Name).Order());
        var evaluated = translations.Single(t => t.Name == Path.GetFileName(video));
        var sample = test.Single(s => s.Name == evaluated.Name);
        Assert.Equal((served.Text, sample.Translation, sample.Signer, "de"), (evaluated.Translation, evaluated.Reference, evaluated.Signer, evaluated.Language));
    }

    [Fact]
    public async Task The_evaluation_lists_each_videos_localised_glosses_as_the_served_translation_has_them()
    {
        var corpus = await SynthesizeAsync();
        using var backbone = ResNet18Backbone.Load(Options.Create(new BackboneOptions()), Sessions());
        var (extractor, services) = Features(backbone);
        using var bundle = ModelBundle.Load(Path.Combine(AppContext.BaseDirectory, "models", "demo"), Sessions());
        var translator = new SignTranslator(bundle, extractor);

        var translations = new List<EvaluatedVideo>();
        await BundleEvaluator.EvaluateAsync(translator, [corpus], CorpusSplit.Test, "demo", services, null, CancellationToken.None, translations);

        foreach (var evaluated in translations)
        {
            var video = Path.Combine(corpus, "features", "fullFrame-210x260px", "test", evaluated.Name);
            var served = await translator.TranslateAsync(video, "de", BeamSearchOptions.Paper, CancellationToken.None);
            Assert.Equal(served.Glosses.Select(g => g.Gloss), evaluated.Glosses);
        }

        Assert.Contains(translations, t => t.Glosses.Count > 0);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task<string> SynthesizeAsync()
    {
        var corpus = Path.Combine(_root, "synth-dgs");
        await new SynthSignGenerator(NullLogger<SynthSignGenerator>.Instance).GenerateAsync(
            new SynthSignOptions { Language = SynthSignLanguage.Dgs, OutputDirectory = corpus, Videos = 12, Seed = 3, MaxSigns = 5 }, null, CancellationToken.None);
        return corpus;
    }

    private (VideoFeatureExtractor Extractor, TrainingServices Services) Features(ResNet18Backbone backbone)
    {
        var decoderOptions = Options.Create(new VideoDecoderOptions());
        var extractor = new VideoFeatureExtractor(new VideoDecoder(decoderOptions, new VideoProbe(decoderOptions)), backbone, Options.Create(new BackboneOptions()));
        var services = new TrainingServices(
            new FeatureCache(Path.Combine(_root, "cache"), NullLogger<FeatureCache>.Instance), new Lazy<VideoFeatureExtractor>(extractor),
            new TrainingLoop(NullLogger<TrainingLoop>.Instance), NullLoggerFactory.Instance);
        return (extractor, services);
    }

    private static OnnxSessionFactory Sessions() =>
        new(Options.Create(new InferenceOptions { Device = "cpu" }), NullLogger<OnnxSessionFactory>.Instance);
}
