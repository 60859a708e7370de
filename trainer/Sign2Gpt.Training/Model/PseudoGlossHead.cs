using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// Pretraining head: dropout → Linear(dim→300) → L2 normalise, cosine similarity to frozen word-vector
/// prototypes of every pseudo-gloss plus an all-zero null prototype. Clip score of gloss v:
/// p_v = Σ_t softmax_v(s/τc)[t,v] · softmax_t(s/τt + pad)[t,v]. Temperatures start at 0.1, may be learned,
/// and are clamped to [0.01, 1].
/// </summary>
public sealed class PseudoGlossHead : nn.Module<Tensor, Tensor, PseudoGlossScores>
{
    private readonly Dropout _dropout;
    private readonly Linear _fc;
    private readonly Tensor _classTemperature;
    private readonly Tensor _timeTemperature;
    private readonly int _vocabulary;

    public PseudoGlossHead(PseudoGlossHeadConfig config, long inputDim, int vocabulary, Device? device)
        : base(nameof(PseudoGlossHead))
    {
        _vocabulary = vocabulary;
        _dropout = nn.Dropout(config.Dropout);
        _fc = nn.Linear(inputDim, config.EmbeddingSize, device: device);
        register_module("dropout", _dropout);
        register_module("fc", _fc);
        register_buffer("prototypes", zeros(vocabulary + 1, config.EmbeddingSize, device: device));
        if (config.LearnTemperatures)
        {
            var classTemperature = new Parameter(full(1, config.InitialTemperature, device: device));
            var timeTemperature = new Parameter(full(1, config.InitialTemperature, device: device));
            register_parameter("class_temperature", classTemperature);
            register_parameter("time_temperature", timeTemperature);
            (_classTemperature, _timeTemperature) = (classTemperature, timeTemperature);
        }
        else
        {
            _classTemperature = full(1, config.InitialTemperature, device: device);
            _timeTemperature = full(1, config.InitialTemperature, device: device);
            register_buffer("class_temperature", _classTemperature);
            register_buffer("time_temperature", _timeTemperature);
        }
    }

    public int Vocabulary => _vocabulary;

    /// <summary>Word vectors [vocabulary + 1, 300] with the null prototype (all zeros) last; rows are L2-normalised here.</summary>
    public void SetPrototypes(Tensor vectors)
    {
        var prototypes = get_buffer("prototypes")!;
        if (!vectors.shape.SequenceEqual(prototypes.shape))
        {
            throw new ArgumentException($"Prototypes must be [{prototypes.shape[0]}, {prototypes.shape[1]}] (vocabulary + null); got [{string.Join(", ", vectors.shape)}].", nameof(vectors));
        }

        using var _ = no_grad();
        prototypes.copy_(nn.functional.normalize(vectors.to(prototypes.device), dim: 1));
    }

    public override PseudoGlossScores forward(Tensor x, Tensor valid)
    {
        using var scope = NewDisposeScope();
        var embedded = nn.functional.normalize(_fc.forward(_dropout.forward(x)), dim: -1);
        var similarity = matmul(embedded, get_buffer("prototypes")!.t());
        var classProbabilities = (similarity / _classTemperature.clamp(0.01, 1.0)).softmax(-1);
        var padding = zeros_like(valid, dtype: similarity.dtype).masked_fill(valid.logical_not(), Attention.Hidden).unsqueeze(-1);
        var timeProbabilities = ((similarity / _timeTemperature.clamp(0.01, 1.0)) + padding).softmax(1);
        var presence = (classProbabilities * timeProbabilities).sum(1);
        var glosses = TensorIndex.Slice(0, _vocabulary);
        return new PseudoGlossScores(
            presence[TensorIndex.Colon, glosses].MoveToOuterDisposeScope(),
            classProbabilities[TensorIndex.Colon, TensorIndex.Colon, glosses].MoveToOuterDisposeScope());
    }

    /// <summary>Binary cross-entropy of the clip scores against the sentence's multi-hot pseudo-glosses, weighted.</summary>
    public static Tensor Loss(Tensor presence, Tensor targets, double weight)
    {
        using var scope = NewDisposeScope();
        var clamped = presence.clamp(1e-8, 1 - 1e-8);
        return (nn.functional.binary_cross_entropy(clamped, targets) * weight).MoveToOuterDisposeScope();
    }

    /// <summary>Everything is registered by name in the constructor; TorchSharp's field reflection would register it twice.</summary>
    protected override void RegisterComponents()
    {
    }
}
