using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// Frame features [batch, frames, dim] with a validity mask → sign features at half the frame rate:
/// sinusoidal positions, blocks, the temporal downsampler, blocks.
/// </summary>
public sealed class SignEncoder : nn.Module<Tensor, Tensor, (Tensor Features, Tensor Valid)>
{
    private readonly ModuleList<SignEncoderBlock> _before;
    private readonly ModuleList<SignEncoderBlock> _after;
    private readonly EncoderConfig _config;

    public SignEncoder(EncoderConfig config, Device? device)
        : base(nameof(SignEncoder))
    {
        _config = config;
        var total = config.BlocksBefore + config.BlocksAfter;
        // Drop-path grows linearly with depth, from 0 at the first block to the configured rate at the last.
        double Rate(int index) => total > 1 ? config.DropPath * index / (total - 1) : 0;
        _before = nn.ModuleList(Enumerable.Range(0, config.BlocksBefore).Select(i => new SignEncoderBlock(config, Rate(i), device)).ToArray());
        _after = nn.ModuleList(Enumerable.Range(config.BlocksBefore, config.BlocksAfter).Select(i => new SignEncoderBlock(config, Rate(i), device)).ToArray());
        register_module("blocks_before", _before);
        register_module("blocks_after", _after);
    }

    public EncoderConfig Config => _config;

    public override (Tensor Features, Tensor Valid) forward(Tensor x, Tensor valid)
    {
        using var scope = NewDisposeScope();
        x = x + PositionEncodings.Interleaved(x.shape[1], x.shape[2], x.device).unsqueeze(0);
        var allowed = Attention.LocalMask(valid, _config.HalfWindow);
        foreach (var block in _before)
        {
            x = block.forward(x, allowed);
        }

        (x, valid) = TemporalDownsampler.Apply(x, valid);
        allowed = Attention.LocalMask(valid, _config.HalfWindow);
        foreach (var block in _after)
        {
            x = block.forward(x, allowed);
        }

        return (x.MoveToOuterDisposeScope(), valid.MoveToOuterDisposeScope());
    }

    /// <summary>Everything is registered by name in the constructor; TorchSharp's field reflection would register it twice.</summary>
    protected override void RegisterComponents()
    {
    }
}
