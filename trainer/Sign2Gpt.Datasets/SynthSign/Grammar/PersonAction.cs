namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>A verb that takes a person as its object.</summary>
internal enum PersonAction
{
    Visit,
    Meet,
    Call,
    Help,
}
