using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// A DINOv2 block (pre-LN, fused qkv, layer-scale on both branches). When <paramref name="withLora"/>
/// is set, qkv, proj, fc1 and fc2 carry LoRA, as on the paper's top three blocks.
/// </summary>
public sealed class VisionTransformerBlock : nn.Module<Tensor, Tensor>
{
    private readonly LayerNorm _norm1;
    private readonly LayerNorm _norm2;
    private readonly nn.Module<Tensor, Tensor> _qkv;
    private readonly nn.Module<Tensor, Tensor> _proj;
    private readonly nn.Module<Tensor, Tensor> _fc1;
    private readonly nn.Module<Tensor, Tensor> _fc2;
    private readonly Parameter _ls1;
    private readonly Parameter _ls2;
    private readonly int _heads;

    public VisionTransformerBlock(VisionTransformerConfig config, LoraConfig lora, bool withLora, Device? device)
        : base(nameof(VisionTransformerBlock))
    {
        var d = config.Dim;
        var hidden = d * config.MlpRatio;
        _heads = config.Heads;
        _norm1 = nn.LayerNorm(d, eps: 1e-6, device: device);
        _norm2 = nn.LayerNorm(d, eps: 1e-6, device: device);
        nn.Module<Tensor, Tensor> Projection(long input, long output) => withLora
            ? new LoraLinear(input, output, lora, withDropout: true, bias: true, device)
            : nn.Linear(input, output, device: device);
        _qkv = Projection(d, 3 * d);
        _proj = Projection(d, d);
        _fc1 = Projection(d, hidden);
        _fc2 = Projection(hidden, d);
        _ls1 = new Parameter(ones(d, device: device));
        _ls2 = new Parameter(ones(d, device: device));
        register_module("norm1", _norm1);
        register_module("attn_qkv", _qkv);
        register_module("attn_proj", _proj);
        register_parameter("ls1", _ls1);
        register_module("norm2", _norm2);
        register_module("mlp_fc1", _fc1);
        register_module("mlp_fc2", _fc2);
        register_parameter("ls2", _ls2);
    }

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var (batch, tokens, dim) = (x.shape[0], x.shape[1], x.shape[2]);
        var qkv = _qkv.forward(_norm1.forward(x)).reshape(batch, tokens, 3, _heads, dim / _heads).permute(2, 0, 3, 1, 4);
        var attended = matmul(Attention.Probabilities(qkv[0], qkv[1], null), qkv[2]);
        x = x + (_ls1 * _proj.forward(Attention.MergeHeads(attended)));
        x = x + (_ls2 * _fc2.forward(nn.functional.gelu(_fc1.forward(_norm2.forward(x)))));
        return x.MoveToOuterDisposeScope();
    }

    /// <summary>Everything is registered by name in the constructor; TorchSharp's field reflection would register it twice.</summary>
    protected override void RegisterComponents()
    {
    }
}
