using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// DINOv2 ViT-S/14 returning the CLS token after the final norm. Position embeddings are stored for
/// the 518-pixel pretraining grid and resized bicubically for other inputs, as DINOv2 does.
/// </summary>
public sealed class VisionTransformer : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d _patchEmbed;
    private readonly Parameter _clsToken;
    private readonly Parameter _posEmbed;
    private readonly Parameter _maskToken;
    private readonly ModuleList<VisionTransformerBlock> _blocks;
    private readonly LayerNorm _norm;
    private readonly VisionTransformerConfig _config;

    public VisionTransformer(VisionTransformerConfig config, LoraConfig lora, IReadOnlyCollection<int> loraBlocks, Device? device)
        : base(nameof(VisionTransformer))
    {
        _config = config;
        var grid = config.ImageSize / config.PatchSize;
        _patchEmbed = nn.Conv2d(3, config.Dim, config.PatchSize, stride: config.PatchSize, device: device);
        _clsToken = new Parameter(zeros(1, 1, config.Dim, device: device));
        _posEmbed = new Parameter(zeros(1, 1 + (grid * grid), config.Dim, device: device));
        _maskToken = new Parameter(zeros(1, config.Dim, device: device));
        _blocks = nn.ModuleList(Enumerable.Range(0, config.Depth)
            .Select(i => new VisionTransformerBlock(config, lora, loraBlocks.Contains(i), device)).ToArray());
        _norm = nn.LayerNorm(config.Dim, eps: 1e-6, device: device);
        register_module("patch_embed", _patchEmbed);
        register_parameter("cls_token", _clsToken);
        register_parameter("pos_embed", _posEmbed);
        register_parameter("mask_token", _maskToken);
        register_module("blocks", _blocks);
        register_module("norm", _norm);
    }

    /// <param name="images">[n, 3, H, W], normalised with ImageNet mean and std.</param>
    /// <returns>[n, dim] CLS features.</returns>
    public override Tensor forward(Tensor images)
    {
        using var scope = NewDisposeScope();
        var patches = _patchEmbed.forward(images);
        var (n, dim, height, width) = (patches.shape[0], patches.shape[1], patches.shape[2], patches.shape[3]);
        var tokens = cat([_clsToken.expand(n, -1, -1), patches.flatten(2).transpose(1, 2)], 1);
        var x = tokens + PositionsFor(height, width, dim);
        foreach (var block in _blocks)
        {
            x = block.forward(x);
        }

        return _norm.forward(x)[TensorIndex.Colon, 0].MoveToOuterDisposeScope();
    }

    private Tensor PositionsFor(long height, long width, long dim)
    {
        var grid = _config.ImageSize / _config.PatchSize;
        if (height == grid && width == grid)
        {
            return _posEmbed;
        }

        var patchPositions = _posEmbed[TensorIndex.Colon, TensorIndex.Slice(1)].reshape(1, grid, grid, dim).permute(0, 3, 1, 2);
        var resized = nn.functional.interpolate(patchPositions, size: [height, width], mode: InterpolationMode.Bicubic, align_corners: false);
        return cat([_posEmbed[TensorIndex.Colon, TensorIndex.Slice(0, 1)], resized.permute(0, 2, 3, 1).reshape(1, height * width, dim)], 1);
    }

    /// <summary>Everything is registered by name in the constructor; TorchSharp's field reflection would register it twice.</summary>
    protected override void RegisterComponents()
    {
    }
}
