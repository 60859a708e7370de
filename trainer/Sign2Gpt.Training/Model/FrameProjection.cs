using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// Backbone feature → encoder width: Linear then BatchNorm1d. Batch statistics come from real frames
/// only, so padding never shifts them.
/// </summary>
public sealed class FrameProjection : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly Linear _linear;
    private readonly BatchNorm1d _norm;

    public FrameProjection(long inFeatures, long outFeatures, Device? device)
        : base(nameof(FrameProjection))
    {
        _linear = nn.Linear(inFeatures, outFeatures, device: device);
        _norm = nn.BatchNorm1d(outFeatures, device: device);
        register_module("linear", _linear);
        register_module("norm", _norm);
    }

    public Linear Linear => _linear;

    public BatchNorm1d Norm => _norm;

    /// <param name="features">[batch, frames, inFeatures]</param>
    /// <param name="valid">[batch, frames] bool</param>
    public override Tensor forward(Tensor features, Tensor valid)
    {
        using var scope = NewDisposeScope();
        var (batch, frames, _) = (features.shape[0], features.shape[1], features.shape[2]);

        var flat = _linear.forward(features).reshape(batch * frames, -1);
        var rows = valid.reshape(-1).nonzero().squeeze(1);
        var normed = _norm.forward(flat.index_select(0, rows));
        var result = zeros_like(flat).index_copy(0, rows, normed);
        return result.reshape(batch, frames, -1).MoveToOuterDisposeScope();
    }

    /// <summary>Everything is registered by name in the constructor; TorchSharp's field reflection would register it twice.</summary>
    protected override void RegisterComponents()
    {
    }
}
