namespace Sign2Gpt.Training.Model;

public enum TrainingStage
{
    /// <summary>Pretraining the base LM on text alone; every LM weight learns.</summary>
    LanguageModel,
    /// <summary>Stage 1: pseudo-gloss pretraining of spatial adapter, encoder and head.</summary>
    PseudoGlossPretraining,
    /// <summary>Stage 2: translation; the LM base is frozen, its LoRA, cross-attention and gates learn.</summary>
    Translation,
    /// <summary>Per-language adapter: only the decoder's LoRA, cross-attention adapters and gates learn.</summary>
    Adapter,
    /// <summary>After stage 2: only the pseudo-gloss head learns, refitted to the stage 2 encoder so the gloss timeline reads it.</summary>
    TimelineHead,
}
