using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// An XGLM-shaped causal LM: token embeddings scaled by √d plus sinusoidal positions, pre-LN layers
/// with gated cross-attention, a final LayerNorm, and the output projection tied to the embeddings.
/// Without visual tokens it is a plain LM (how its base is pretrained).
/// </summary>
public sealed class CausalLanguageModel : nn.Module<Tensor, Tensor?, Tensor?, Tensor>
{
    private readonly Embedding _embed;
    private readonly ModuleList<DecoderLayer> _layers;
    private readonly LayerNorm _finalNorm;
    private readonly DecoderConfig _config;

    public CausalLanguageModel(DecoderConfig config, Device? device)
        : base(nameof(CausalLanguageModel))
    {
        _config = config;
        _embed = nn.Embedding(config.VocabularySize, config.Dim, padding_idx: config.PadTokenId, device: device);
        _layers = nn.ModuleList(Enumerable.Range(0, config.Layers).Select(_ => new DecoderLayer(config, device)).ToArray());
        _finalNorm = nn.LayerNorm(config.Dim, device: device);
        if (device?.type != DeviceType.META)
        {
            using var _ = no_grad();
            nn.init.normal_(_embed.weight!, 0, 0.02);
            _embed.weight![config.PadTokenId].zero_();
        }

        register_module("embed_tokens", _embed);
        register_module("layers", _layers);
        register_module("layer_norm", _finalNorm);
    }

    public DecoderConfig Config => _config;

    /// <param name="tokens">[batch, length] token ids.</param>
    /// <param name="visual">[batch, tokens, dim] projected visual tokens, or null.</param>
    /// <param name="visualValid">[batch, tokens] bool, or null.</param>
    /// <returns>Logits [batch, length, vocabulary].</returns>
    public override Tensor forward(Tensor tokens, Tensor? visual, Tensor? visualValid)
    {
        using var scope = NewDisposeScope();
        var length = tokens.shape[1];
        var positions = PositionEncodings.LanguageModel(_config.PadTokenId + 1, length, _config.Dim, tokens.device);
        var hidden = (_embed.forward(tokens) * Math.Sqrt(_config.Dim)) + positions.unsqueeze(0);
        var causal = ones(length, length, dtype: @bool, device: tokens.device).tril().unsqueeze(0).unsqueeze(0);
        foreach (var layer in _layers)
        {
            hidden = layer.forward(hidden, causal, visual, visualValid);
        }

        return matmul(_finalNorm.forward(hidden), _embed.weight!.t()).MoveToOuterDisposeScope();
    }

    /// <summary>Everything is registered by name in the constructor; TorchSharp's field reflection would register it twice.</summary>
    protected override void RegisterComponents()
    {
    }
}
