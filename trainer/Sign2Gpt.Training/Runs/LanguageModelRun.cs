using System.Diagnostics;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Datasets.SynthSign;
using Sign2Gpt.Inference.Tokenization;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Stages;
using Sign2Gpt.Training.Training;

namespace Sign2Gpt.Training.Runs;

/// <summary>
/// `train lm`: trains the shared tokenizer on the training translations of every given corpus, then
/// pretrains the base causal LM on them. Writes tokenizer.json, lm.bin, checkpoint/ and summary.json.
/// </summary>
public static class LanguageModelRun
{
    public const string TokenizerFile = "tokenizer.json";
    public const string WeightsFile = "lm.bin";

    /// <param name="ExtraSentences">Sentences drawn from each SynthSign corpus's grammar (another seed) as extra LM text; dev and test sentences are left out.</param>
    public sealed record Settings(IReadOnlyList<string> Corpora, string Out, ModelConfig Config, TrainingOptions Options, int VocabularySize, int ExtraSentences);

    public static async Task<RunSummary> RunAsync(Settings settings, TrainingServices services, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(settings.Out);
        var dev = Sentences(settings.Corpora, CorpusSplit.Dev);
        var train = Sentences(settings.Corpora, CorpusSplit.Train);
        train.AddRange(GrammarText(settings.Corpora, settings.ExtraSentences, settings.Options.Seed, [.. dev, .. Sentences(settings.Corpora, CorpusSplit.Test)]));
        var languages = train.Select(s => s.Language).Distinct().Order(StringComparer.Ordinal).ToList();
        var tokenizerPath = Path.Combine(settings.Out, TokenizerFile);
        var tokenizer = File.Exists(tokenizerPath)
            ? BpeTokenizer.Load(tokenizerPath)
            : BpeTokenizer.Train(train.Select(s => s.Text), new BpeTrainingOptions { VocabularySize = settings.VocabularySize, Languages = languages });
        tokenizer.Save(tokenizerPath);

        using var model = new CausalLanguageModel(DecoderFor(settings.Config, tokenizer), device: null);
        var history = LanguageModelStage.Train(
            model,
            [.. train.Select(s => tokenizer.EncodeTarget(s.Text, s.Language))],
            [.. dev.Select(s => tokenizer.EncodeTarget(s.Text, s.Language))],
            settings.Options,
            Path.Combine(settings.Out, "checkpoint"),
            services.Loop,
            progress,
            cancellationToken);
        model.save(Path.Combine(settings.Out, WeightsFile));

        var summary = RunSummary.FromHistory(LanguageModelStage.Name, settings.Config, settings.Options, TextHash(train), settings.Corpora, history, clock.Elapsed,
            new Dictionary<string, double> { ["vocabulary"] = tokenizer.VocabularySize });
        await summary.SaveAsync(settings.Out, cancellationToken);
        return summary;
    }

    /// <summary>The decoder sizes of <paramref name="config"/> with the vocabulary the tokenizer actually reached.</summary>
    public static DecoderConfig DecoderFor(ModelConfig config, BpeTokenizer tokenizer) =>
        config.Decoder with { VocabularySize = tokenizer.VocabularySize, PadTokenId = SpecialTokens.PadId };

    private static List<(string Language, string Text)> Sentences(IReadOnlyList<string> corpora, CorpusSplit split)
    {
        var sentences = new List<(string, string)>();
        foreach (var root in corpora)
        {
            var corpus = SignCorpus.Open(root);
            sentences.AddRange(corpus.Split(split).Select(s => (corpus.Language, s.Translation)));
        }

        return sentences;
    }

    /// <summary>
    /// Text a SynthSign corpus's grammar can say, standing in for the open text a real LM is pretrained on;
    /// no held-out sentence is included, so dev and test translations stay unseen.
    /// </summary>
    private static IEnumerable<(string Language, string Text)> GrammarText(IReadOnlyList<string> corpora, int count, int seed, IReadOnlyCollection<(string Language, string Text)> heldOut)
    {
        var excluded = heldOut.Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var root in corpora)
        {
            if (count == 0 || SynthSignLanguage.OfCorpus(root) is not { } language)
            {
                continue;
            }

            for (var index = 0; index < count; index++)
            {
                var sentence = language.GenerateSentence(seed + 7919, index).Translation;
                if (!excluded.Contains(sentence))
                {
                    yield return (language.SpokenLanguage, sentence);
                }
            }
        }
    }

    private static string TextHash(IEnumerable<(string Language, string Text)> sentences) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join('\n', sentences.Select(s => $"{s.Language}|{s.Text}")))));
}
