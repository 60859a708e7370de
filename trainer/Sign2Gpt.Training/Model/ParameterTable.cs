using TorchSharp;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>Parameter counts per component, total and trainable in stage 2, as paper Table 1b lists them.</summary>
public sealed record ParameterTable(IReadOnlyList<ParameterTable.Row> Rows)
{
    public sealed record Row(ModelComponent Component, long Total, long Trainable);

    /// <summary>Counts the model's parameters; built on the meta device it allocates no weights.</summary>
    public static ParameterTable Of(Sign2GptModel model)
    {
        var rows = new Dictionary<ModelComponent, (long Total, long Trainable)>();
        foreach (var (name, parameter) in model.named_parameters())
        {
            var component = ParameterRoles.ComponentOf(name);
            var count = parameter.numel();
            var (total, trainable) = rows.GetValueOrDefault(component);
            rows[component] = (total + count, trainable + (ParameterRoles.Learns(name, TrainingStage.Translation) ? count : 0));
        }

        return new ParameterTable(rows.OrderBy(r => r.Key).Select(r => new Row(r.Key, r.Value.Total, r.Value.Trainable)).ToList());
    }

    /// <summary>Builds <paramref name="config"/> on the meta device (shapes only) and counts it.</summary>
    public static ParameterTable Describe(ModelConfig config, int pseudoGlossVocabulary)
    {
        using var model = new Sign2GptModel(config, pseudoGlossVocabulary, new Device(DeviceType.META));
        return Of(model);
    }

    public Row this[ModelComponent component] => Rows.Single(r => r.Component == component);

    /// <summary>The paper's total: spatial, encoder and decoder; the pretraining head is not part of the translation model.</summary>
    public (long Total, long Trainable) TranslationModel => (
        Rows.Where(r => r.Component != ModelComponent.PseudoGlossHead).Sum(r => r.Total),
        Rows.Where(r => r.Component != ModelComponent.PseudoGlossHead).Sum(r => r.Trainable));
}
