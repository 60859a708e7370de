using Microsoft.Extensions.Logging.Abstractions;
using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Stages;
using Sign2Gpt.Training.Tests.Model;
using Sign2Gpt.Training.Training;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Stages;

public sealed class PseudoGlossWeightTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sign2gpt-tests", Guid.NewGuid().ToString("N"));
    private readonly TrainingOptions _options = TrainingOptions.Paper with { Epochs = 4, BatchSize = 4, WarmupEpochs = 0, LearningRate = 1e-2, LabelSmoothing = 0.1 };

    [Fact]
    public void Stage_2_with_a_pseudo_gloss_weight_keeps_the_encoder_fitting_the_frozen_head()
    {
        var data = TinyDataset.Create(16, seed: 1, glossesLeaveMarks: true);
        var (withoutLoss, withoutHeadMoved) = TrainStage2(data, weight: 0, "without");
        var (withLoss, withHeadMoved) = TrainStage2(data, weight: 1, "with");

        Assert.True(withLoss < withoutLoss * 0.8, $"pseudo-gloss loss {withLoss} with the weight, {withoutLoss} without");
        Assert.Equal(0, withHeadMoved);
        Assert.Equal(0, withoutHeadMoved);
    }

    /// <summary>Stage 2 from one start; returns the head's loss on the training set afterwards and how far the head's weights moved.</summary>
    private (double PseudoGlossLoss, double HeadMoved) TrainStage2(TranslationDataset data, double weight, string run)
    {
        manual_seed(11);
        using var model = new Sign2GptModel(TinyConfig.Create(), pseudoGlossVocabulary: 12);
        model.Head.SetPrototypes(cat([randn(12, 8), zeros(1, 8)]));
        var head = model.named_parameters().Where(p => p.name.StartsWith("head.", StringComparison.Ordinal)).ToDictionary(p => p.name, p => p.parameter.detach().clone());

        TranslationStage.Train(model, TrainingStage.Translation, data, null, _options with { PseudoGlossWeight = weight }, Path.Combine(_directory, run),
            new TrainingLoop(NullLogger<TrainingLoop>.Instance), null, CancellationToken.None);

        model.eval();
        using var scope = NewDisposeScope();
        var loss = Losses.PseudoGlosses(model, data.Examples, CPU).item<float>();
        var moved = model.named_parameters().Where(p => head.ContainsKey(p.name)).Sum(p => (p.parameter.detach() - head[p.name]).abs().sum().item<float>());
        return (loss, moved);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
