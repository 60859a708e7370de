using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// A LoRA update without a base weight of its own: it adds to a frozen projection owned by another
/// module (the cross-attention reuses the self-attention's frozen q/k/v projections).
/// </summary>
public sealed class LowRankUpdate : nn.Module<Tensor, Tensor>
{
    private readonly Parameter _loraA;
    private readonly Parameter _loraB;
    private readonly Dropout? _dropout;
    private readonly double _scaling;

    public LowRankUpdate(long inFeatures, long outFeatures, LoraConfig lora, bool withDropout, Device? device)
        : base(nameof(LowRankUpdate))
    {
        _loraA = new Parameter(empty(lora.Rank, inFeatures, device: device));
        _loraB = new Parameter(zeros(outFeatures, lora.Rank, device: device));
        _scaling = lora.Scaling;
        _dropout = withDropout && lora.Dropout > 0 ? nn.Dropout(lora.Dropout) : null;
        if (device?.type != DeviceType.META)
        {
            using var _ = no_grad();
            nn.init.normal_(_loraA, 0, lora.InitStd);
        }

        register_parameter("lora_A", _loraA);
        register_parameter("lora_B", _loraB);
        if (_dropout is not null)
        {
            register_module("lora_dropout", _dropout);
        }
    }

    public double Scaling => _scaling;

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var adapted = _dropout is null ? input : _dropout.forward(input);
        return (nn.functional.linear(nn.functional.linear(adapted, _loraA), _loraB) * _scaling).MoveToOuterDisposeScope();
    }

    /// <summary>Everything is registered by name in the constructor; TorchSharp's field reflection would register it twice.</summary>
    protected override void RegisterComponents()
    {
    }
}
