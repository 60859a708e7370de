using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// The decoder's self-attention with LoRA on q, k, v and o, and zero-gated cross-attention to the
/// visual tokens inside it: K and V of the (already layer-normed) visual tokens use the frozen k/v
/// projections plus their own LoRAs, Q the frozen q projection plus its own LoRA; the cross-attention
/// probabilities are scaled per head by clamp(gate, 0, 1), and the result is added to the
/// self-attention output before the output projection. Gates start at 0, so the module starts as the
/// frozen LM's attention exactly.
/// </summary>
public sealed class GatedSelfAttention : nn.Module<Tensor, Tensor, Tensor?, Tensor?, Tensor>
{
    private readonly LoraLinear _q;
    private readonly LoraLinear _k;
    private readonly LoraLinear _v;
    private readonly LoraLinear _o;
    private readonly LowRankUpdate _crossQ;
    private readonly LowRankUpdate _crossK;
    private readonly LowRankUpdate _crossV;
    private readonly Parameter _gate;
    private readonly int _heads;

    public GatedSelfAttention(DecoderConfig config, Device? device)
        : base(nameof(GatedSelfAttention))
    {
        var d = config.Dim;
        _heads = config.Heads;
        _q = new LoraLinear(d, d, config.Lora, withDropout: true, bias: true, device);
        _k = new LoraLinear(d, d, config.Lora, withDropout: true, bias: true, device);
        _v = new LoraLinear(d, d, config.Lora, withDropout: true, bias: true, device);
        _o = new LoraLinear(d, d, config.Lora, withDropout: false, bias: true, device);
        _crossQ = new LowRankUpdate(d, d, config.Lora, withDropout: true, device);
        _crossK = new LowRankUpdate(d, d, config.Lora, withDropout: true, device);
        _crossV = new LowRankUpdate(d, d, config.Lora, withDropout: true, device);
        _gate = new Parameter(zeros(config.Heads, device: device));
        register_module("q_proj", _q);
        register_module("k_proj", _k);
        register_module("v_proj", _v);
        register_module("out_proj", _o);
        register_module("cross_q", _crossQ);
        register_module("cross_k", _crossK);
        register_module("cross_v", _crossV);
        register_parameter("gate", _gate);
    }

    /// <param name="hidden">[batch, length, dim], already layer-normed.</param>
    /// <param name="causal">[1, 1, length, length] bool, true where a query may see a key.</param>
    /// <param name="visual">[batch, tokens, dim], layer-normed with this layer's norm; null without video.</param>
    /// <param name="visualValid">[batch, tokens] bool.</param>
    public override Tensor forward(Tensor hidden, Tensor causal, Tensor? visual, Tensor? visualValid)
    {
        using var scope = NewDisposeScope();
        var q = Attention.SplitHeads(_q.forward(hidden), _heads);
        var k = Attention.SplitHeads(_k.forward(hidden), _heads);
        var v = Attention.SplitHeads(_v.forward(hidden), _heads);
        var mixed = matmul(Attention.Probabilities(q, k, causal), v);
        if (visual is not null)
        {
            var crossQ = Attention.SplitHeads(_q.Base.forward(hidden) + _crossQ.forward(hidden), _heads);
            var crossK = Attention.SplitHeads(_k.Base.forward(visual) + _crossK.forward(visual), _heads);
            var crossV = Attention.SplitHeads(_v.Base.forward(visual) + _crossV.forward(visual), _heads);
            var allowed = visualValid?.unsqueeze(1).unsqueeze(1);
            var probabilities = Attention.Probabilities(crossQ, crossK, allowed) * GateValues().view(1, -1, 1, 1);
            mixed = mixed + matmul(probabilities, crossV);
        }

        return _o.forward(Attention.MergeHeads(mixed)).MoveToOuterDisposeScope();
    }

    /// <summary>clamp(gate, 0, 1) forward with the identity gradient (straight-through), so a gate at 0 can still open.</summary>
    public Tensor GateValues() => _gate + (_gate.clamp(0, 1) - _gate).detach();

    /// <summary>Everything is registered by name in the constructor; TorchSharp's field reflection would register it twice.</summary>
    protected override void RegisterComponents()
    {
    }
}
