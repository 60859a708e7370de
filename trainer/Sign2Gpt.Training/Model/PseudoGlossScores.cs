using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// The pseudo-gloss head's output. <see cref="Presence"/> [batch, vocabulary]: p_v for the clip.
/// <see cref="Timeline"/> [batch, time, vocabulary]: the class softmax at each encoder step, the
/// probability that step shows gloss v (the null class dropped), which the portal draws as the timeline.
/// </summary>
public sealed record PseudoGlossScores(Tensor Presence, Tensor Timeline) : IDisposable
{
    public void Dispose()
    {
        Presence.Dispose();
        Timeline.Dispose();
    }
}
