using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// A linear layer whose base weight stays frozen, plus a low-rank update (<see cref="LowRankUpdate"/>).
/// B starts at zero, so at initialisation the layer is exactly its base.
/// </summary>
public sealed class LoraLinear : nn.Module<Tensor, Tensor>
{
    private readonly Linear _base;
    private readonly LowRankUpdate _update;

    public LoraLinear(long inFeatures, long outFeatures, LoraConfig lora, bool withDropout, bool bias, Device? device)
        : base(nameof(LoraLinear))
    {
        _base = nn.Linear(inFeatures, outFeatures, hasBias: bias, device: device);
        _update = new LowRankUpdate(inFeatures, outFeatures, lora, withDropout, device);
        register_module("base_layer", _base);
        register_module("lora", _update);
    }

    public Linear Base => _base;

    public LowRankUpdate Update => _update;

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        return (_base.forward(input) + _update.forward(input)).MoveToOuterDisposeScope();
    }

    /// <summary>Everything is registered by name in the constructor; TorchSharp's field reflection would register it twice.</summary>
    protected override void RegisterComponents()
    {
    }
}
