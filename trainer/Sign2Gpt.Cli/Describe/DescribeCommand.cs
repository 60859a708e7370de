using System.ComponentModel;
using Sign2Gpt.Training.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Describe;

/// <summary>Prints the parameter table of a model config, built on the meta device so no weight is allocated.</summary>
internal sealed class DescribeCommand : Command<DescribeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--config <NAME>")]
        [Description("Model config: paper (DINOv2 ViT-S/14 + XGLM-1.7B, as in the paper) or default (the CPU-sized bundled model).")]
        [DefaultValue("paper")]
        public string Config { get; init; } = "paper";

        [CommandOption("--glosses <N>")]
        [Description("Pseudo-gloss vocabulary size for the pretraining head row.")]
        [DefaultValue(1000)]
        public int Glosses { get; init; } = 1000;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = ModelConfigs.Named(settings.Config);
        var table = ParameterTable.Describe(config, settings.Glosses);
        var output = new Table().Title($"{config.Name} config").AddColumns("component", "parameters", "trainable");
        foreach (var row in table.Rows.Where(r => r.Component != ModelComponent.PseudoGlossHead))
        {
            output.AddRow(Label(row.Component), $"{row.Total:N0}", $"{row.Trainable:N0}");
        }

        var (total, trainable) = table.TranslationModel;
        output.AddRow("[bold]total[/]", $"[bold]{total:N0}[/]", $"[bold]{trainable:N0}[/]");
        AnsiConsole.Write(output);
        var head = table[ModelComponent.PseudoGlossHead];
        AnsiConsole.MarkupLineInterpolated($"pseudo-gloss head (stage 1 only, {settings.Glosses} glosses): {head.Total:N0} parameters");
        return 0;
    }

    private static string Label(ModelComponent component) => component switch
    {
        ModelComponent.Spatial => "spatial",
        ModelComponent.SignEncoder => "sign encoder",
        ModelComponent.Decoder => "decoder",
        _ => component.ToString(),
    };
}
