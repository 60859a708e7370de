namespace Sign2Gpt.Datasets.SynthSign.Phonology;

/// <summary>
/// The signs of one language, drawn from its phonology inventory. Every sign differs from every
/// other in at least <see cref="MinimumDistance"/> parameters, so no two signs are near-homophones.
/// </summary>
public sealed class SignLexicon
{
    public const int MinimumDistance = 2;
    private const int AttemptsPerSign = 20_000;
    private readonly Dictionary<string, LexicalSign> byGloss;

    private SignLexicon(IReadOnlyList<LexicalSign> signs)
    {
        Signs = signs;
        byGloss = signs.ToDictionary(sign => sign.Gloss, StringComparer.Ordinal);
    }

    /// <summary>Every sign, ordered by gloss.</summary>
    public IReadOnlyList<LexicalSign> Signs { get; }

    public int Count => Signs.Count;

    public LexicalSign this[string gloss] =>
        byGloss.TryGetValue(gloss, out var sign)
            ? sign
            : throw new KeyNotFoundException($"The gloss '{gloss}' is not in this lexicon.");

    public bool Contains(string gloss) => byGloss.ContainsKey(gloss);

    /// <summary>
    /// Draws a sign for every gloss. Each gloss seeds its own draw, so adding a gloss later changes
    /// no other sign unless it collides with one.
    /// </summary>
    public static SignLexicon Build(IEnumerable<string> glosses, PhonologyInventory inventory)
    {
        var ordered = glosses.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var signs = new List<LexicalSign>(ordered.Count);
        foreach (var gloss in ordered)
        {
            var random = SynthRandom.For(inventory.Seed, "sign:" + gloss);
            signs.Add(new LexicalSign(gloss, Draw(gloss, random, inventory, signs)));
        }

        return new SignLexicon(signs);
    }

    private static SignPhonology Draw(string gloss, SynthRandom random, PhonologyInventory inventory, List<LexicalSign> taken)
    {
        for (var attempt = 0; attempt < AttemptsPerSign; attempt++)
        {
            var arrangement = random.PickWeighted(inventory.Arrangements);
            var location = random.PickWeighted(inventory.Locations);
            // A base hand needs room in front of the torso.
            if (arrangement == HandArrangement.DominantOnBase
                && location is not (SignLocation.NeutralSpace or SignLocation.Chest or SignLocation.Stomach))
            {
                continue;
            }

            var candidate = new SignPhonology(
                random.PickWeighted(inventory.Handshapes),
                location,
                random.PickWeighted(inventory.Movements),
                random.PickWeighted(inventory.Orientations),
                arrangement);
            if (taken.TrueForAll(sign => sign.Phonology.DistanceTo(candidate) >= MinimumDistance))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"The phonology inventory is too small to give '{gloss}' a distinct sign.");
    }
}
