using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// The whole model: spatial → sign encoder → (stage 1) pseudo-gloss head, (stage 2) visual projection
/// and the causal LM. Top-level module names are the components of the paper's parameter table:
/// spatial, encoder, decoder (the LM plus the visual projection), and the pretraining-only head.
/// </summary>
public sealed class Sign2GptModel : nn.Module
{
    private readonly SpatialModel _spatial;
    private readonly SignEncoder _encoder;
    private readonly PseudoGlossHead _head;
    private readonly Linear _visualProjection;
    private readonly CausalLanguageModel _language;
    private readonly ModelConfig _config;

    public Sign2GptModel(ModelConfig config, int pseudoGlossVocabulary, Device? device = null)
        : base(nameof(Sign2GptModel))
    {
        _config = config;
        _spatial = new SpatialModel(config.Spatial, config.Encoder.Dim, device);
        _encoder = new SignEncoder(config.Encoder, device);
        _head = new PseudoGlossHead(config.Head, config.Encoder.Dim, pseudoGlossVocabulary, device);
        _visualProjection = nn.Linear(config.Encoder.Dim, config.Decoder.Dim, device: device);
        _language = new CausalLanguageModel(config.Decoder, device);
        register_module("spatial", _spatial);
        register_module("encoder", _encoder);
        register_module("head", _head);
        register_module("visual_projection", _visualProjection);
        register_module("language_model", _language);
    }

    public ModelConfig Config => _config;

    /// <summary>
    /// Set while spatial model and encoder are frozen (adapter training, timeline head refit): they then stay in eval
    /// mode when the model trains, so what learns on top sees exactly the features serving computes, and frozen
    /// BatchNorm keeps its running statistics (a bundle's folded projection has identity ones that batch statistics
    /// would replace). The head stays in eval mode too unless it is what learns.
    /// </summary>
    public bool FreezeVisualPath { get; set; }

    public PseudoGlossHead Head => _head;

    public CausalLanguageModel Language => _language;

    /// <summary>Frames (features or images) and their mask → sign features at half rate and their mask.</summary>
    public (Tensor Features, Tensor Valid) Encode(Tensor frames, Tensor valid)
    {
        using var scope = NewDisposeScope();
        var (features, signValid) = _encoder.forward(_spatial.forward(frames, valid), valid);
        return (features.MoveToOuterDisposeScope(), signValid.MoveToOuterDisposeScope());
    }

    public PseudoGlossScores PseudoGlosses(Tensor signFeatures, Tensor signValid) => _head.forward(signFeatures, signValid);

    /// <summary>Visual tokens for the decoder: encoder output plus sinusoidal positions, projected to the LM width.</summary>
    public Tensor VisualTokens(Tensor signFeatures)
    {
        using var scope = NewDisposeScope();
        var positions = PositionEncodings.Interleaved(signFeatures.shape[1], signFeatures.shape[2], signFeatures.device).unsqueeze(0);
        return _visualProjection.forward(signFeatures + positions).MoveToOuterDisposeScope();
    }

    /// <summary>Next-token logits [batch, length, vocabulary] for the given prefix tokens, attending to the video.</summary>
    public Tensor Translate(Tensor signFeatures, Tensor signValid, Tensor tokens)
    {
        using var scope = NewDisposeScope();
        return _language.forward(tokens, VisualTokens(signFeatures), signValid).MoveToOuterDisposeScope();
    }

    public override void train(bool train = true)
    {
        base.train(train);
        if (train && FreezeVisualPath)
        {
            _spatial.eval();
            _encoder.eval();
            _head.train(_head.parameters().Any(p => p.requires_grad));
        }
    }

    /// <summary>Everything is registered by name in the constructor; TorchSharp's field reflection would register it twice.</summary>
    protected override void RegisterComponents()
    {
    }
}
