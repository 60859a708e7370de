using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// One place that decides, from a parameter's name, which component it belongs to and whether it
/// learns in a stage. Names follow the module tree (e.g. "language_model.layers.3.self_attn.q_proj.lora.lora_A").
/// </summary>
public static class ParameterRoles
{
    public static ModelComponent ComponentOf(string name) => name.Split('.')[0] switch
    {
        "spatial" => ModelComponent.Spatial,
        "encoder" => ModelComponent.SignEncoder,
        "head" => ModelComponent.PseudoGlossHead,
        "visual_projection" or "language_model" => ModelComponent.Decoder,
        var other => throw new ArgumentException($"Parameter '{name}' belongs to no known component ('{other}').", nameof(name)),
    };

    /// <summary>LoRA tensors and cross-attention gates: what an adapter file carries.</summary>
    public static bool IsAdapter(string name) => name.Contains(".lora_", StringComparison.Ordinal) || name.EndsWith(".gate", StringComparison.Ordinal);

    /// <summary>Whether the parameter learns in <paramref name="stage"/>; the paper's "trainable" column is <see cref="TrainingStage.Translation"/>.</summary>
    public static bool Learns(string name, TrainingStage stage)
    {
        var component = ComponentOf(name);
        var inBackbone = name.StartsWith("spatial.vit.", StringComparison.Ordinal);
        return stage switch
        {
            TrainingStage.LanguageModel => name.StartsWith("language_model.", StringComparison.Ordinal) && !IsAdapter(name),
            TrainingStage.PseudoGlossPretraining => component is ModelComponent.SignEncoder or ModelComponent.PseudoGlossHead
                || (component == ModelComponent.Spatial && (!inBackbone || IsAdapter(name))),
            TrainingStage.Translation => component == ModelComponent.SignEncoder
                || (component == ModelComponent.Spatial && (!inBackbone || IsAdapter(name)))
                || (component == ModelComponent.Decoder && (IsAdapter(name) || name.StartsWith("visual_projection.", StringComparison.Ordinal))),
            TrainingStage.Adapter => component == ModelComponent.Decoder && IsAdapter(name),
            TrainingStage.TimelineHead => component == ModelComponent.PseudoGlossHead,
            _ => false,
        };
    }

    /// <summary>Sets requires_grad on every parameter for <paramref name="stage"/>.</summary>
    public static void Apply(Sign2GptModel model, TrainingStage stage)
    {
        foreach (var (name, parameter) in model.named_parameters())
        {
            parameter.requires_grad = Learns(name, stage);
        }

        model.FreezeVisualPath = stage is TrainingStage.Adapter or TrainingStage.TimelineHead;
    }
}
