using Sign2Gpt.Training.Model;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Model;

/// <summary>
/// A tiny random model whose gates, LoRA B matrices, layer scales and BatchNorm statistics are not at their neutral
/// start, so the video and every adapter weight change what it translates. Its final LayerNorm gain is scaled up so
/// that next-token distributions are peaked as a trained model's are: from the usual small random init every
/// distribution is nearly uniform, and beam search then always prefers an immediate eos. Its pseudo-gloss
/// prototypes are random unit vectors plus the null row, so the timeline is not flat either.
/// </summary>
internal static class OpenGatesModel
{
    private const double OutputGain = 40;

    public static Sign2GptModel Create(int seed)
    {
        random.manual_seed(seed);
        var model = new Sign2GptModel(TinyConfig.Create(), pseudoGlossVocabulary: 9);
        using (no_grad())
        {
            foreach (var (name, parameter) in model.named_parameters())
            {
                if (name == "language_model.layer_norm.weight")
                {
                    parameter.mul_(OutputGain);
                }
                else if (name.EndsWith(".gate", StringComparison.Ordinal))
                {
                    parameter.copy_(rand(parameter.shape) * 1.2);
                }
                else if (name.EndsWith(".lora_B", StringComparison.Ordinal) || name.Contains("layer_scale", StringComparison.Ordinal))
                {
                    parameter.copy_(randn(parameter.shape) * 0.3);
                }
            }

            foreach (var (name, buffer) in model.named_buffers())
            {
                if (name.EndsWith("running_mean", StringComparison.Ordinal))
                {
                    buffer.copy_(randn(buffer.shape) * 0.1);
                }
                else if (name.EndsWith("running_var", StringComparison.Ordinal))
                {
                    buffer.copy_(rand(buffer.shape) + 0.5);
                }
            }
        }

        // Last, so the random draws above (which the beam-search cases were chosen on) stay as they were.
        model.Head.SetPrototypes(cat([randn(9, 8), zeros(1, 8)]));
        model.eval();
        return model;
    }
}
