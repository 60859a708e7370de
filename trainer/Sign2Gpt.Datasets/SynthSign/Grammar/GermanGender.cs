namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>Grammatical gender, with plural as a fourth class because it inflects like one.</summary>
internal enum GermanGender
{
    Masculine,
    Feminine,
    Neuter,
    Plural,
}
