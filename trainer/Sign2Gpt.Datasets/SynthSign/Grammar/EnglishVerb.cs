namespace Sign2Gpt.Datasets.SynthSign.Grammar;

internal sealed record EnglishVerb(string Base, string Third, string Past, string Gloss)
{
    /// <summary>Simple present for an agreement slot (see <see cref="PersonTraits.AgreementSlot"/>).</summary>
    public string Present(int slot) => slot == 2 ? Third : Base;
}
