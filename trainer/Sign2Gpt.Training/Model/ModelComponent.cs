namespace Sign2Gpt.Training.Model;

/// <summary>The rows of the paper's parameter table, plus the head used only in pretraining.</summary>
public enum ModelComponent
{
    Spatial,
    SignEncoder,
    Decoder,
    PseudoGlossHead,
}
