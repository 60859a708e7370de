namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>A person as a sentence names them: a pronoun, or a relative with a possessor.</summary>
internal sealed record PersonRef(Person Person, Possessor Possessor)
{
    public static PersonRef Pronoun(Person person) => new(person, Possessor.My);
}
