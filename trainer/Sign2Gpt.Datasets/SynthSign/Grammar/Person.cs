namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>Who does something in an everyday sentence.</summary>
internal enum Person
{
    I,
    You,
    We,
    Mother,
    Father,
    Brother,
    Sister,
    Friend,
    Colleague,
    Grandmother,
    Grandfather,
    Neighbour,
    Children,
    Teacher,
}

internal static class PersonTraits
{
    public static bool IsPronoun(this Person person) => person is Person.I or Person.You or Person.We;

    /// <summary>The agreement slot of a verb: 0 I, 1 you, 2 he/she, 3 we, 4 they.</summary>
    public static int AgreementSlot(this Person person) => person switch
    {
        Person.I => 0,
        Person.You => 1,
        Person.We => 3,
        Person.Children => 4,
        _ => 2,
    };
}
