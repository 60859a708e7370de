using TorchSharp;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// Frames → per-frame features at encoder width. With ResNet18 the input is the cached grid backbone
/// features [batch, frames, feature size]; with DINOv2 it is images [batch, frames, 3, H, W] run through the ViT.
/// </summary>
public sealed class SpatialModel : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly VisionTransformer? _vit;
    private readonly FrameProjection _projection;

    public SpatialModel(SpatialConfig config, long encoderDim, Device? device)
        : base(nameof(SpatialModel))
    {
        if (config.Backbone == SpatialBackbone.DinoV2VitS14)
        {
            _vit = new VisionTransformer(
                config.VisionTransformer ?? throw new ArgumentException("A DINOv2 spatial model needs its ViT sizes.", nameof(config)),
                config.Lora, config.LoraBlocks, device);
            register_module("vit", _vit);
        }

        _projection = new FrameProjection(config.FeatureSize, encoderDim, device);
        register_module("projection", _projection);
    }

    public FrameProjection Projection => _projection;

    public override Tensor forward(Tensor input, Tensor valid)
    {
        using var scope = NewDisposeScope();
        var features = input;
        if (_vit is not null)
        {
            var (batch, frames) = (input.shape[0], input.shape[1]);
            features = _vit.forward(input.flatten(0, 1)).reshape(batch, frames, -1);
        }

        return _projection.forward(features, valid).MoveToOuterDisposeScope();
    }

    /// <summary>Everything is registered by name in the constructor; TorchSharp's field reflection would register it twice.</summary>
    protected override void RegisterComponents()
    {
    }
}
