using System.Text;
using System.Text.Json;
using Sign2Gpt.Text.Metrics;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Metrics;

/// <summary>
/// <c>sign2gpt metrics</c>: BLEU-1..4 and ROUGE-L of a hypothesis file against reference files,
/// printed as one JSON object so scripts can read it.
/// </summary>
internal sealed class MetricsCommand : AsyncCommand<MetricsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MetricsSettings settings, CancellationToken cancellationToken)
    {
        var hypothesesPath = settings.Hypotheses!;
        var hypotheses = await ReadSentencesAsync(hypothesesPath, cancellationToken);
        if (hypotheses.Length == 0)
        {
            throw new InvalidDataException($"{hypothesesPath} has no lines; there is nothing to score.");
        }

        var referenceStreams = new List<IReadOnlyList<string>>();
        foreach (var referencesPath in settings.References)
        {
            var references = await ReadSentencesAsync(referencesPath, cancellationToken);
            if (references.Length != hypotheses.Length)
            {
                throw new InvalidDataException(
                    $"{hypothesesPath} has {hypotheses.Length} lines but {referencesPath} has {references.Length}; they must be aligned line by line.");
            }

            referenceStreams.Add(references);
        }

        var tokenization = settings.Characters ? MetricTokenization.Characters : MetricTokenization.Words;
        var scores = SltMetrics.Score(hypotheses, referenceStreams, tokenization);
        await Console.Out.WriteLineAsync(ToJson(scores).AsMemory(), cancellationToken);
        return 0;
    }

    private static async Task<string[]> ReadSentencesAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"File not found: {Path.GetFullPath(path)}", path);
        }

        // A final newline ends the last sentence rather than starting an empty one.
        return await File.ReadAllLinesAsync(path, Encoding.UTF8, cancellationToken);
    }

    private static string ToJson(TranslationScores scores)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("bleu1", scores.Bleu1);
            json.WriteNumber("bleu2", scores.Bleu2);
            json.WriteNumber("bleu3", scores.Bleu3);
            json.WriteNumber("bleu4", scores.Bleu4);
            json.WriteNumber("rouge_l", scores.RougeL);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
