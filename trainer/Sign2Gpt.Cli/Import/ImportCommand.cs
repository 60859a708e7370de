using System.ComponentModel;
using Sign2Gpt.Training.Import;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Import;

/// <summary>
/// `import`: builds a model from a config, fills its DINOv2 backbone and/or its language model from
/// pretrained safetensors the user brings, and saves it as DIR/model.bin. Both files are checked in
/// full before anything is saved; a file that does not fit is reported with every problem it has.
/// </summary>
internal sealed class ImportCommand : Command<ImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--config <NAME>")]
        [Description("Model config: paper (DINOv2 ViT-S/14 + XGLM-1.7B, ~1.77 B parameters, ~7 GB of memory in float32) or default.")]
        [DefaultValue("paper")]
        public string Config { get; init; } = "paper";

        [CommandOption("--dinov2 <FILE>")]
        [Description("DINOv2 ViT-S/14 weights in Meta's or timm's naming (patch_embed.proj.weight, blocks.N.attn.qkv.weight, ...), as safetensors.")]
        public string? DinoV2 { get; init; }

        [CommandOption("--xglm <FILE>")]
        [Description("Hugging Face XGLM weights (model.embed_tokens.weight, model.layers.N..., lm_head.weight tied), as safetensors.")]
        public string? Xglm { get; init; }

        [CommandOption("--out <DIR>")]
        public string Out { get; init; } = "";

        [CommandOption("--glosses <N>")]
        [Description("Pseudo-gloss vocabulary size of the pretraining head, which keeps its initial weights.")]
        [DefaultValue(1000)]
        public int Glosses { get; init; } = 1000;

        public override ValidationResult Validate() =>
            DinoV2 is null && Xglm is null ? ValidationResult.Error("Give --dinov2, --xglm or both.")
            : new[] { DinoV2, Xglm }.FirstOrDefault(f => f is not null && !File.Exists(f)) is { } missing ? ValidationResult.Error($"'{missing}' does not exist.")
            : string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out is required.")
            : Glosses < 1 ? ValidationResult.Error("--glosses must be at least 1.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = ModelConfigs.Named(settings.Config);
        var (total, _) = ParameterTable.Describe(config, settings.Glosses).TranslationModel;
        AnsiConsole.MarkupLineInterpolated($"building the {config.Name} model: {total:N0} parameters, {total * 4 / 1e9:0.00} GB in float32");
        using var model = new Sign2GptModel(config, settings.Glosses);
        if (settings.DinoV2 is { } dinoV2)
        {
            Report(PretrainedImport.DinoV2(model, dinoV2), dinoV2);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (settings.Xglm is { } xglm)
        {
            Report(PretrainedImport.Xglm(model, xglm), xglm);
        }

        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(settings.Out);
        var output = Path.Combine(settings.Out, ModelFiles.ModelFile);
        model.save(output);
        AnsiConsole.MarkupLineInterpolated($"saved {output} ({new FileInfo(output).Length / 1e6:0.0} MB)");
        return 0;
    }

    private static void Report(ImportSummary summary, string path)
    {
        AnsiConsole.MarkupLineInterpolated($"[green]{summary.Checkpoint}[/]: {summary.Tensors} tensors ({summary.Values:N0} values) from {path}");
        foreach (var kept in summary.KeptFromModel)
        {
            AnsiConsole.MarkupLineInterpolated($"  {kept} is not in the file; the model keeps its initial value");
        }

        foreach (var tie in summary.CheckedTies)
        {
            AnsiConsole.MarkupLineInterpolated($"  {tie} equals the tensor it is tied to; skipped");
        }
    }
}
