namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>A German verb with what word order needs: present forms, infinitive, participle, separable particle.</summary>
/// <param name="Present">ich, du, er/sie, wir, sie (plural).</param>
/// <param name="Particle">The separable prefix that goes to the clause end in the present ("rufe ... an").</param>
internal sealed record GermanVerb(string[] Present, string Infinitive, string Participle, bool PerfectWithSein, string? Particle, string Gloss);
