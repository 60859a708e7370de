using Sign2Gpt.Inference.Translation;

namespace Sign2Gpt.Inference.Tests.Translation;

/// <summary>
/// A decoder given as a table: the next-token probabilities after each generated prefix (prompt left out), so a
/// beam search can be worked out by hand; a prefix the table lacks gets <paramref name="otherwise"/>. It rebuilds
/// prefixes from the parents it is given, so a search that passes wrong parents gets wrong numbers.
/// </summary>
internal sealed class TableScorer(IReadOnlyDictionary<string, IReadOnlyDictionary<int, double>> table, IReadOnlyDictionary<int, double> otherwise) : ITokenScorer
{
    public const int VocabularySize = 6;
    public const int Eos = 2;
    public const int A = 3;
    public const int B = 4;
    public const int Tag = 5;

    private List<int[]> _prefixes = [];

    /// <summary>The generated prefixes of each call, as the search asked for them.</summary>
    public List<string[]> Calls { get; } = [];

    /// <summary>A table keyed by prefixes written with A and B ("" is the start); any other prefix ends the sentence (eos certain).</summary>
    public static TableScorer From(params (string Prefix, (int Token, double Probability)[] Next)[] rows) =>
        new(
            rows.ToDictionary(r => r.Prefix, r => Row(r.Next), StringComparer.Ordinal),
            Row([(Eos, 1)]));

    /// <summary>The same equal probabilities of <paramref name="tokens"/> after every prefix.</summary>
    public static TableScorer Uniform(params int[] tokens) =>
        new(new Dictionary<string, IReadOnlyDictionary<int, double>>(), Row([.. tokens.Select(t => (t, 1.0 / tokens.Length))]));

    /// <summary>The same probabilities after every prefix.</summary>
    public static TableScorer Always(params (int Token, double Probability)[] next) =>
        new(new Dictionary<string, IReadOnlyDictionary<int, double>>(), Row(next));

    public TokenLogits Start(IReadOnlyList<int> prompt)
    {
        _prefixes = [[]];
        return Score();
    }

    public TokenLogits Advance(ReadOnlySpan<int> parents, ReadOnlySpan<int> tokens)
    {
        var next = new List<int[]>(parents.Length);
        for (var i = 0; i < parents.Length; i++)
        {
            next.Add([.. _prefixes[parents[i]], tokens[i]]);
        }

        _prefixes = next;
        return Score();
    }

    public static string Spell(IEnumerable<int> tokens) => string.Concat(tokens.Select(t => t switch
    {
        A => "A",
        B => "B",
        _ => throw new ArgumentOutOfRangeException(nameof(tokens), t, "The table only generates A and B."),
    }));

    private static IReadOnlyDictionary<int, double> Row((int Token, double Probability)[] next) =>
        next.ToDictionary(n => n.Token, n => n.Probability);

    private TokenLogits Score()
    {
        Calls.Add([.. _prefixes.Select(Spell)]);
        var values = new float[_prefixes.Count * VocabularySize];
        for (var row = 0; row < _prefixes.Count; row++)
        {
            var next = table.GetValueOrDefault(Spell(_prefixes[row]), otherwise);
            for (var token = 0; token < VocabularySize; token++)
            {
                // Logits are log-probabilities, so the search's log-softmax gives them back.
                values[(row * VocabularySize) + token] = next.TryGetValue(token, out var p) ? (float)Math.Log(p) : float.NegativeInfinity;
            }
        }

        return new TokenLogits(values, _prefixes.Count);
    }
}
