using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Bundles;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Onnx;
using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Training.Evaluation;
using Sign2Gpt.Training.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Evaluate;

/// <summary>`evaluate`: BLEU-1..4, ROUGE-L and pseudo-gloss P/R/F1 of a bundle (or the most-frequent-sentence baseline) on a split.</summary>
internal sealed class EvaluateCommand(
    TrainingServices services,
    VideoFeatureExtractor extractor,
    OnnxSessionFactory sessions,
    IOptions<ModelBundleOptions> bundleOptions) : AsyncCommand<EvaluateCommand.Settings>
{
    private static readonly JsonSerializerOptions JsonLines = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--corpus <DIR>")]
        [Description("Corpus root; repeat per language.")]
        public string[] Corpora { get; init; } = [];

        [CommandOption("--bundle <DIR>")]
        [Description("Model bundle (default: the bundled demo model).")]
        public string? Bundle { get; init; }

        [CommandOption("--baseline")]
        [Description("Score the most frequent training sentence instead of a model.")]
        public bool Baseline { get; init; }

        [CommandOption("--split <SPLIT>")]
        [DefaultValue(CorpusSplit.Test)]
        public CorpusSplit Split { get; init; } = CorpusSplit.Test;

        [CommandOption("--system <NAME>")]
        [Description("Name recorded for the system.")]
        [DefaultValue("Sign2GPT (with pseudo-gloss pretraining)")]
        public string System { get; init; } = "Sign2GPT (with pseudo-gloss pretraining)";

        [CommandOption("--out <FILE>")]
        [Description("Also write the scores to this JSON file (for 'export --evaluation').")]
        public string? Out { get; init; }

        [CommandOption("--translations <FILE>")]
        [Description("Also write every video's reference and translation to this file (JSON lines: name, language, signer, reference, translation, glosses).")]
        public string? Translations { get; init; }

        public override ValidationResult Validate() => (Corpora.Length, Baseline && Translations is not null) switch
        {
            (0, _) => ValidationResult.Error("Give at least one --corpus."),
            (_, true) => ValidationResult.Error("--translations writes a model's translations; the baseline has none."),
            _ => ValidationResult.Success(),
        };
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<BundleEvaluation> results;
        if (settings.Baseline)
        {
            results = BundleEvaluator.MostFrequentSentenceBaseline(settings.Corpora, settings.Split);
        }
        else
        {
            using var bundle = ModelBundle.Load(settings.Bundle ?? bundleOptions.Value.Directory, sessions);
            var translator = new SignTranslator(bundle, extractor);
            var translations = new List<EvaluatedVideo>();
            results = await BundleEvaluator.EvaluateAsync(translator, settings.Corpora, settings.Split, settings.System, services, null, cancellationToken, translations);
            if (settings.Translations is not null)
            {
                await File.WriteAllLinesAsync(settings.Translations, translations.Select(t => JsonSerializer.Serialize(t, JsonLines)), cancellationToken);
            }
        }

        var json = JsonSerializer.Serialize(results, BundleJson.Options);
        if (settings.Out is not null)
        {
            await File.WriteAllTextAsync(settings.Out, json, cancellationToken);
        }

        var table = new Table().AddColumns("language", "system", "n", "BLEU-1", "BLEU-4", "ROUGE-L", "gloss P/R/F1");
        foreach (var r in results)
        {
            var glosses = r.GlossF1 is null ? "-" : $"{r.GlossPrecision:0.00}/{r.GlossRecall:0.00}/{r.GlossF1:0.00}";
            table.AddRow(r.Language, Markup.Escape(r.System), $"{r.Sentences}", $"{r.Bleu1:0.00}", $"{r.Bleu4:0.00}", $"{r.RougeL:0.00}", glosses);
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
