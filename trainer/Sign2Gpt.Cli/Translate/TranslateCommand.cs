using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Onnx;
using Sign2Gpt.Inference.Translation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Translate;

/// <summary>`translate`: one video or frame folder through the ONNX pipeline; prints one JSON object.</summary>
internal sealed class TranslateCommand(VideoFeatureExtractor extractor, OnnxSessionFactory sessions, IOptions<ModelBundleOptions> bundleOptions)
    : AsyncCommand<TranslateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<INPUT>")]
        [Description("A video file (MP4, WebM, ...) or a folder of frames.")]
        public string Input { get; init; } = "";

        [CommandOption("--bundle <DIR>")]
        [Description("Model bundle folder (default: the bundled demo model, trained on synthetic signing).")]
        public string? Bundle { get; init; }

        [CommandOption("--lang <LANG>")]
        [Description("Spoken language to translate into (default: the bundle's first).")]
        public string? Language { get; init; }

        public override ValidationResult Validate() =>
            File.Exists(Input) || Directory.Exists(Input) ? ValidationResult.Success() : ValidationResult.Error($"Input '{Input}' does not exist.");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var bundle = ModelBundle.Load(settings.Bundle ?? bundleOptions.Value.Directory, sessions);
        var translator = new SignTranslator(bundle, extractor);
        var language = settings.Language ?? bundle.Manifest.Languages[0];
        var result = await translator.TranslateAsync(settings.Input, language, BeamSearchOptions.Paper, cancellationToken);
        Console.Out.WriteLine(JsonSerializer.Serialize(result, TranslationJson.Options));
        return 0;
    }
}
