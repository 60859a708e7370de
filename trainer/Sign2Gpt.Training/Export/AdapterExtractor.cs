using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Training.Model;

namespace Sign2Gpt.Training.Export;

/// <summary>Takes the decoder's LoRA tensors and gates out of a trained model as an ONNX Runtime adapter.</summary>
public static class AdapterExtractor
{
    public static LoraAdapter Extract(Sign2GptModel model, int adapterVersion, int modelVersion)
    {
        var parameters = model.named_parameters()
            .Where(p => ParameterRoles.ComponentOf(p.name) == ModelComponent.Decoder && ParameterRoles.IsAdapter(p.name))
            .Select(p => LoraParameter.FromFloat32(p.name, p.parameter.shape, p.parameter.detach().contiguous().cpu().data<float>().ToArray()))
            .ToList();
        return new LoraAdapter(adapterVersion, modelVersion, parameters);
    }

    /// <summary>Loads an adapter's tensors into the model (the inverse of <see cref="Extract"/>), e.g. to evaluate it in TorchSharp.</summary>
    public static void Apply(Sign2GptModel model, LoraAdapter adapter)
    {
        var parameters = model.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        using var _ = TorchSharp.torch.no_grad();
        foreach (var parameter in adapter.Parameters)
        {
            if (!parameters.TryGetValue(parameter.Name, out var target))
            {
                throw new ArgumentException($"The model has no adapter parameter '{parameter.Name}'.", nameof(adapter));
            }

            target.copy_(TorchSharp.torch.tensor(parameter.ToFloats(), parameter.Dims));
        }
    }
}
