using static TorchSharp.torch;

namespace Sign2Gpt.Training.Data;

/// <summary>
/// Teacher forcing: inputs are each sequence without its last token, targets without its first, both
/// right-padded with the pad id (which the loss ignores).
/// </summary>
public sealed record TokenBatch(Tensor Inputs, Tensor Targets) : IDisposable
{
    public static TokenBatch Create(IReadOnlyList<int[]> sequences, int padId, Device device)
    {
        var length = sequences.Max(s => s.Length) - 1;
        var inputs = new long[sequences.Count * length];
        var targets = new long[sequences.Count * length];
        Array.Fill(inputs, padId);
        Array.Fill(targets, padId);
        for (var b = 0; b < sequences.Count; b++)
        {
            var sequence = sequences[b];
            for (var i = 0; i < sequence.Length - 1; i++)
            {
                inputs[(b * length) + i] = sequence[i];
                targets[(b * length) + i] = sequence[i + 1];
            }
        }

        return new TokenBatch(tensor(inputs, [sequences.Count, length], device: device), tensor(targets, [sequences.Count, length], device: device));
    }

    public void Dispose()
    {
        Inputs.Dispose();
        Targets.Dispose();
    }
}
