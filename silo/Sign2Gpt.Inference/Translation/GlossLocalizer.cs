using Sign2Gpt.Inference.Bundles;

namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// Turns the encoder's timeline output into localised glosses (probability above 0.2, as in the paper) and a
/// compact timeline, keeping only the glosses of the language asked for.
/// </summary>
public static class GlossLocalizer
{
    /// <summary>A pseudo-gloss counts as present where its probability exceeds this (paper Fig. 4).</summary>
    public const float PresenceThreshold = 0.2f;

    /// <summary>Glosses below this everywhere are left out of the timeline.</summary>
    public const float ListedThreshold = 0.05f;

    /// <param name="probabilities">Row-major [steps, glosses] for one video.</param>
    /// <param name="valid">[steps]: padded steps are ignored.</param>
    /// <param name="glosses">The timeline's rows, in order.</param>
    /// <param name="language">Glosses of other languages are left out.</param>
    public static (IReadOnlyList<LocalizedGloss> Glosses, GlossTimeline Timeline) Localize(
        float[] probabilities, bool[] valid, IReadOnlyList<PseudoGlossEntry> glosses, string language, double stepSeconds)
    {
        var steps = valid.Count(v => v);
        var vocabulary = glosses.Count;
        var localized = new List<LocalizedGloss>();
        var listedNames = new List<string>();
        var listedRows = new List<float[]>();
        for (var g = 0; g < vocabulary; g++)
        {
            if (!glosses[g].Languages.Contains(language))
            {
                continue;
            }

            var row = new float[steps];
            for (var t = 0; t < steps; t++)
            {
                row[t] = probabilities[(t * vocabulary) + g];
            }

            if (row.Length == 0 || row.Max() < ListedThreshold)
            {
                continue;
            }

            listedNames.Add(glosses[g].Gloss);
            listedRows.Add(row);
            for (var t = 0; t < steps; t++)
            {
                if (row[t] <= PresenceThreshold)
                {
                    continue;
                }

                var start = t;
                var peak = 0f;
                while (t < steps && row[t] > PresenceThreshold)
                {
                    peak = Math.Max(peak, row[t]);
                    t++;
                }

                localized.Add(new LocalizedGloss(glosses[g].Gloss, start * stepSeconds, t * stepSeconds, peak));
            }
        }

        return ([.. localized.OrderBy(l => l.Start).ThenByDescending(l => l.Score)], new GlossTimeline(stepSeconds, listedNames, listedRows));
    }
}
