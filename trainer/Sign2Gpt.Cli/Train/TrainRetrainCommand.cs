using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Onnx;
using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Training.Evaluation;
using Sign2Gpt.Training.Runs;
using Sign2Gpt.Training.Stages;
using Sign2Gpt.Training.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Train;

/// <summary>
/// `train retrain`: what a trainer service job does, offline — retrain a language's adapter of a bundle on a dataset,
/// score candidate and starting adapter on a reference set and the dataset's held-out split, and apply the gate.
/// Writes the candidate adapter and prints the comparison as JSON.
/// </summary>
internal sealed class TrainRetrainCommand(
    TrainingServices services,
    VideoFeatureExtractor extractor,
    OnnxSessionFactory sessions,
    IOptions<ModelBundleOptions> bundleOptions) : AsyncCommand<TrainRetrainCommand.Settings>
{
    /// <summary>Defaults are the trainer service's (<c>Trainer</c> settings).</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--dataset <DIR>")]
        [Description("The tenant's corpus (an imported dataset or any corpus layout): train, dev and held-out test split.")]
        public string Dataset { get; init; } = "";

        [CommandOption("--reference <DIR>")]
        [Description("Corpus whose test split is the reference set the gate scores on (e.g. made with 'synth').")]
        public string Reference { get; init; } = "";

        [CommandOption("--replay <DIR>")]
        [Description("Corpus whose train and dev videos are mixed into training so the adapter keeps serving general sentences (e.g. made with 'synth')")]
        public string? Replay { get; init; }

        [CommandOption("--lang <LANG>")]
        public string Language { get; init; } = "";

        [CommandOption("--out <DIR>")]
        [Description("Checkpoints, candidate.onnx_adapter and retrain.json; rerunning into it resumes.")]
        public string Out { get; init; } = "";

        [CommandOption("--bundle <DIR>")]
        [Description("Model bundle whose frozen base is retrained (default: the bundled demo model).")]
        public string? Bundle { get; init; }

        [CommandOption("--from <FILE>")]
        [Description("The .onnx_adapter to start from and compare against (default: the bundle's own for the language).")]
        public string? From { get; init; }

        [CommandOption("--epochs <N>")]
        [DefaultValue(RetrainDefaults.Epochs)]
        public int Epochs { get; init; } = RetrainDefaults.Epochs;

        [CommandOption("--lr <RATE>")]
        [DefaultValue(RetrainDefaults.LearningRate)]
        public double LearningRate { get; init; } = RetrainDefaults.LearningRate;

        [CommandOption("--batch-size <N>")]
        [DefaultValue(16)]
        public int BatchSize { get; init; } = 16;

        [CommandOption("--anchor <WEIGHT>")]
        [Description("Pull towards the starting adapter (L2-SP weight); 0 turns it off.")]
        [DefaultValue(RetrainDefaults.Anchor)]
        public double Anchor { get; init; } = RetrainDefaults.Anchor;

        [CommandOption("--keep-last")]
        [Description("End with the last epoch instead of the one with the lowest dev loss.")]
        public bool KeepLast { get; init; }

        [CommandOption("--margin <POINTS>")]
        [Description("BLEU-4 and ROUGE-L points the candidate may trail by, on the reference set and the held-out split.")]
        [DefaultValue(RetrainDefaults.GateMargin)]
        public double Margin { get; init; } = RetrainDefaults.GateMargin;

        public override ValidationResult Validate() =>
            !Directory.Exists(Dataset) ? ValidationResult.Error($"Dataset '{Dataset}' does not exist.")
            : !Directory.Exists(Reference) ? ValidationResult.Error($"Reference corpus '{Reference}' does not exist.")
            : string.IsNullOrWhiteSpace(Language) || string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--lang and --out are required.")
            : From is not null && !File.Exists(From) ? ValidationResult.Error($"Adapter '{From}' does not exist.")
            : Epochs < 1 || BatchSize < 1 || LearningRate <= 0 || Anchor < 0 ? ValidationResult.Error("--epochs, --batch-size and --lr must be positive, --anchor not negative.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var bundle = ModelBundle.Load(settings.Bundle ?? bundleOptions.Value.Directory, sessions);
        var startBytes = settings.From is { } from ? await File.ReadAllBytesAsync(from, cancellationToken)
            : BundleAdaptRun.ShippedAdapter(bundle, settings.Language) ?? throw new InvalidOperationException($"The bundle ships no '{settings.Language}' adapter; give --from.");
        var retention = new AdapterRetention(settings.Anchor, !settings.KeepLast);
        var result = await BundleAdaptRun.RunAsync(
            new BundleAdaptRun.Settings(bundle, settings.Replay is { } replay ? [settings.Dataset, replay] : [settings.Dataset], settings.Language, LoraAdapterFile.Read(startBytes), TrainingOptions.Retrain(settings.Epochs, settings.LearningRate, settings.BatchSize),
                Path.Combine(settings.Out, "checkpoint"), retention),
            services, null, null, cancellationToken);
        var candidateBytes = LoraAdapterFile.Write(result.Adapter);
        await File.WriteAllBytesAsync(Path.Combine(settings.Out, "candidate.onnx_adapter"), candidateBytes, cancellationToken);

        var translator = new SignTranslator(bundle, extractor);
        using var candidate = OrtLoraAdapter.Create(candidateBytes, null);
        using var start = OrtLoraAdapter.Create(startBytes, null);
        var comparison = await AdapterComparison.RunAsync(translator, new SelectedAdapter(candidate, "candidate"), new SelectedAdapter(start, "start"),
            settings.Reference, settings.Dataset, services, null, cancellationToken);
        var (passed, reason) = new AdapterGate(settings.Margin).Decide(comparison);

        var report = JsonSerializer.Serialize(
            new { passed, reason, result.KeptEpoch, anchor = settings.Anchor, result.History, comparison },
            BundleJson.Options);
        await File.WriteAllTextAsync(Path.Combine(settings.Out, "retrain.json"), report, cancellationToken);
        Console.Out.WriteLine(report);
        return passed ? 0 : 3;
    }
}
