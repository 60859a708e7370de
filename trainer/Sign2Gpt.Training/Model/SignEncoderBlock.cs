using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// One sign-encoder block, post-LayerNorm: x = LN1(x + drop_path(ls1 · attention(x))), then
/// x = LN2(x + drop_path(ls2 · MLP(x))). Attention: multi-head with rotary positions under the
/// local mask. Layer-scale starts at 1e-5 so each block starts close to the identity.
/// </summary>
public sealed class SignEncoderBlock : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly Linear _q;
    private readonly Linear _k;
    private readonly Linear _v;
    private readonly Linear _proj;
    private readonly LayerNorm _norm1;
    private readonly LayerNorm _norm2;
    private readonly Linear _fc1;
    private readonly Linear _fc2;
    private readonly Parameter _layerScale1;
    private readonly Parameter _layerScale2;
    private readonly int _heads;
    private readonly double _dropPath;

    public SignEncoderBlock(EncoderConfig config, double dropPath, Device? device)
        : base(nameof(SignEncoderBlock))
    {
        var d = config.Dim;
        _heads = config.Heads;
        _dropPath = dropPath;
        _q = nn.Linear(d, d, device: device);
        _k = nn.Linear(d, d, device: device);
        _v = nn.Linear(d, d, device: device);
        _proj = nn.Linear(d, d, device: device);
        _norm1 = nn.LayerNorm(d, device: device);
        _norm2 = nn.LayerNorm(d, device: device);
        _fc1 = nn.Linear(d, d * config.MlpRatio, device: device);
        _fc2 = nn.Linear(d * config.MlpRatio, d, device: device);
        _layerScale1 = new Parameter(full(d, config.LayerScaleInit, device: device));
        _layerScale2 = new Parameter(full(d, config.LayerScaleInit, device: device));
        if (device?.type != DeviceType.META)
        {
            using var _ = no_grad();
            foreach (var linear in (Linear[])[_q, _k, _v, _proj, _fc1, _fc2])
            {
                nn.init.xavier_uniform_(linear.weight!);
                nn.init.zeros_(linear.bias!);
            }
        }

        register_module("q_proj", _q);
        register_module("k_proj", _k);
        register_module("v_proj", _v);
        register_module("proj", _proj);
        register_module("norm1", _norm1);
        register_module("norm2", _norm2);
        register_module("fc1", _fc1);
        register_module("fc2", _fc2);
        register_parameter("layer_scale_1", _layerScale1);
        register_parameter("layer_scale_2", _layerScale2);
    }

    /// <param name="x">[batch, length, dim]</param>
    /// <param name="allowed">[batch, 1, length, length] from <see cref="Attention.LocalMask"/>.</param>
    public override Tensor forward(Tensor x, Tensor allowed)
    {
        using var scope = NewDisposeScope();
        var attended = DropPath(_layerScale1 * SelfAttention(x, allowed));
        x = _norm1.forward(x + attended);
        var mlp = _fc2.forward(nn.functional.gelu(_fc1.forward(x)));
        x = _norm2.forward(x + DropPath(_layerScale2 * mlp));
        return x.MoveToOuterDisposeScope();
    }

    private Tensor SelfAttention(Tensor x, Tensor allowed)
    {
        var q = RotaryEmbedding.Apply(Attention.SplitHeads(_q.forward(x), _heads));
        var k = RotaryEmbedding.Apply(Attention.SplitHeads(_k.forward(x), _heads));
        var v = Attention.SplitHeads(_v.forward(x), _heads);
        var mixed = matmul(Attention.Probabilities(q, k, allowed), v);
        return _proj.forward(Attention.MergeHeads(mixed));
    }

    /// <summary>Stochastic depth: drops the whole residual branch per sample while training.</summary>
    private Tensor DropPath(Tensor branch)
    {
        if (!training || _dropPath <= 0)
        {
            return branch;
        }

        var keep = 1 - _dropPath;
        var mask = empty(branch.shape[0], 1, 1, device: branch.device).bernoulli_(keep);
        return branch * mask / keep;
    }

    /// <summary>Everything is registered by name in the constructor; TorchSharp's field reflection would register it twice.</summary>
    protected override void RegisterComponents()
    {
    }
}
