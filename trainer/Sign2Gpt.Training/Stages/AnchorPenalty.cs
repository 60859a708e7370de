using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Stages;

/// <summary>weight · Σ‖θ − θ₀‖² over the trained parameters, θ₀ taken when this is made (before any resumed checkpoint is loaded).</summary>
internal sealed class AnchorPenalty : IDisposable
{
    private readonly IReadOnlyList<Parameter> _parameters;
    private readonly Tensor[] _start;
    private readonly double _weight;

    public AnchorPenalty(IReadOnlyList<Parameter> parameters, double weight)
    {
        _parameters = parameters;
        _weight = weight;
        _start = [.. parameters.Select(p => p.detach().clone().DetachFromDisposeScope())];
    }

    public Tensor Of(Tensor loss)
    {
        var distance = _parameters.Zip(_start, (p, start) => (p - start).square().sum()).Aggregate((a, b) => a + b);
        return loss + (_weight * distance);
    }

    public void Dispose()
    {
        foreach (var tensor in _start)
        {
            tensor.Dispose();
        }
    }
}
