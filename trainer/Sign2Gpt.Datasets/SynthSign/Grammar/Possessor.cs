namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>Whose relative a person is. "My" is the unmarked case and gets no sign.</summary>
internal enum Possessor
{
    My,
    Your,
    Our,
}
