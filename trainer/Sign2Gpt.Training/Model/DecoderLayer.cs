using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>An XGLM layer (pre-LN): h += attention(LN(h), LN(visual)); h += fc2(gelu(fc1(LN(h)))).</summary>
public sealed class DecoderLayer : nn.Module<Tensor, Tensor, Tensor?, Tensor?, Tensor>
{
    private readonly LayerNorm _attentionNorm;
    private readonly GatedSelfAttention _attention;
    private readonly LayerNorm _finalNorm;
    private readonly Linear _fc1;
    private readonly Linear _fc2;

    public DecoderLayer(DecoderConfig config, Device? device)
        : base(nameof(DecoderLayer))
    {
        _attentionNorm = nn.LayerNorm(config.Dim, device: device);
        _attention = new GatedSelfAttention(config, device);
        _finalNorm = nn.LayerNorm(config.Dim, device: device);
        _fc1 = nn.Linear(config.Dim, config.FfnDim, device: device);
        _fc2 = nn.Linear(config.FfnDim, config.Dim, device: device);
        register_module("self_attn_layer_norm", _attentionNorm);
        register_module("self_attn", _attention);
        register_module("final_layer_norm", _finalNorm);
        register_module("fc1", _fc1);
        register_module("fc2", _fc2);
    }

    public override Tensor forward(Tensor hidden, Tensor causal, Tensor? visual, Tensor? visualValid)
    {
        using var scope = NewDisposeScope();
        var normedVisual = visual is null ? null : _attentionNorm.forward(visual);
        hidden = hidden + _attention.forward(_attentionNorm.forward(hidden), causal, normedVisual, visualValid);
        hidden = hidden + _fc2.forward(nn.functional.gelu(_fc1.forward(_finalNorm.forward(hidden))));
        return hidden.MoveToOuterDisposeScope();
    }

    /// <summary>Everything is registered by name in the constructor; TorchSharp's field reflection would register it twice.</summary>
    protected override void RegisterComponents()
    {
    }
}
