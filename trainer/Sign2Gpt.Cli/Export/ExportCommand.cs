using System.ComponentModel;
using System.Text.Json;
using Sign2Gpt.Contracts.Bundles;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Training.Export;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Export;

/// <summary>`export`: a stage 2 run and its per-language adapters → a model bundle (ONNX graphs, tokenizer, glosses, manifest).</summary>
internal sealed class ExportCommand : AsyncCommand<ExportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--model <DIR>")]
        [Description("Folder of a finished 'train translate' run.")]
        public string Model { get; init; } = "";

        [CommandOption("--adapter <LANG=DIR>")]
        [Description("A finished 'train adapt' run for a language, e.g. de=runs/adapt-de; repeat per language.")]
        public string[] Adapters { get; init; } = [];

        [CommandOption("--out <DIR>")]
        public string Out { get; init; } = "";

        [CommandOption("--name <NAME>")]
        [DefaultValue("demo")]
        public string Name { get; init; } = "demo";

        [CommandOption("--model-version <N>")]
        [DefaultValue(1)]
        public int ModelVersion { get; init; } = 1;

        [CommandOption("--fp32")]
        [Description("Store frozen weights as float32 instead of float16.")]
        public bool Float32 { get; init; }

        [CommandOption("--evaluation <FILE>")]
        [Description("JSON files written by 'evaluate', recorded in the manifest; repeatable.")]
        public string[] Evaluations { get; init; } = [];

        [CommandOption("--command <TEXT>")]
        [Description("The commands that made this bundle, recorded in the manifest; repeatable.")]
        public string[] Commands { get; init; } = [];

        public override ValidationResult Validate() =>
            !Directory.Exists(Model) ? ValidationResult.Error($"Model run '{Model}' does not exist.")
            : string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out is required.")
            : Adapters.FirstOrDefault(a => !a.Contains('=', StringComparison.Ordinal)) is { } bad ? ValidationResult.Error($"--adapter '{bad}' must be LANG=DIR.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var summary = RunSummary.Load(settings.Model);
        var tokenizer = ModelFiles.LoadTokenizer(settings.Model);
        var inventory = await PseudoGlossInventory.LoadAsync(settings.Model, cancellationToken);
        using var model = ModelFiles.Create(ModelConfigs.Named(summary.Config), tokenizer, inventory);
        ModelFiles.LoadModel(model, settings.Model);

        var adapters = new Dictionary<string, ShippedAdapter>();
        foreach (var entry in settings.Adapters)
        {
            var (language, directory) = (entry[..entry.IndexOf('=', StringComparison.Ordinal)], entry[(entry.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var adapter = await ShippedAdapter.FromRunAsync(directory, cancellationToken);
            adapters[language] = adapter.Weights.ModelVersion == settings.ModelVersion
                ? adapter
                : throw new InvalidOperationException($"The {language} adapter in '{directory}' was trained for model version {adapter.Weights.ModelVersion}, not {settings.ModelVersion}.");
        }

        var evaluation = new List<BundleEvaluation>();
        foreach (var file in settings.Evaluations)
        {
            evaluation.AddRange(JsonSerializer.Deserialize<List<BundleEvaluation>>(await File.ReadAllTextAsync(file, cancellationToken), BundleJson.Options) ?? []);
        }

        var manifest = await BundleWriter.WriteAsync(settings.Out, new BundleWriter.Contents(
            settings.Name,
            settings.ModelVersion,
            model,
            tokenizer,
            inventory.Entries,
            adapters,
            new BundleProvenance(settings.Commands, summary.Seed, summary.DataHash, string.Join(", ", summary.Corpora)),
            evaluation,
            Float16: !settings.Float32), cancellationToken);
        var size = Directory.EnumerateFiles(settings.Out, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        AnsiConsole.MarkupLineInterpolated($"bundle [green]{manifest.Name}[/] v{manifest.ModelVersion} ({string.Join(", ", manifest.Languages)}) -> {settings.Out}, {size / 1e6:0.0} MB");
        return 0;
    }
}
