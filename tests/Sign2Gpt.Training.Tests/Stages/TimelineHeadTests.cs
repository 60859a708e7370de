using Microsoft.Extensions.Logging.Abstractions;
using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Stages;
using Sign2Gpt.Training.Tests.Model;
using Sign2Gpt.Training.Training;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Stages;

public sealed class TimelineHeadTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sign2gpt-tests", Guid.NewGuid().ToString("N"));
    private readonly TrainingOptions _options = TrainingOptions.Paper with { Epochs = 6, BatchSize = 4, WarmupEpochs = 0, LearningRate = 1e-2 };

    [Fact]
    public void Refitting_the_timeline_head_fits_the_glosses_and_leaves_every_other_weight_and_translation_as_it_was()
    {
        var data = TinyDataset.Create(16, seed: 2, glossesLeaveMarks: true);
        manual_seed(5);
        using var model = new Sign2GptModel(TinyConfig.Create(), pseudoGlossVocabulary: 12);
        model.Head.SetPrototypes(cat([randn(12, 8), zeros(1, 8)]));
        var before = model.state_dict().ToDictionary(p => p.Key, p => p.Value.detach().clone());
        var (lossBefore, logitsBefore) = Read(model, data);

        var history = PseudoGlossStage.Train(model, data, null, _options, _directory, new TrainingLoop(NullLogger<TrainingLoop>.Instance), null, CancellationToken.None,
            TrainingStage.TimelineHead);

        var (lossAfter, logitsAfter) = Read(model, data);
        Assert.Equal(_options.Epochs, history.Count);
        Assert.True(lossAfter < lossBefore * 0.8, $"pseudo-gloss loss {lossAfter} after the refit, {lossBefore} before");
        var changed = model.state_dict().Where(p => !p.Value.equal(before[p.Key]).all().item<bool>()).Select(p => p.Key).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, name => Assert.StartsWith("head.", name));
        Assert.True(logitsAfter.equal(logitsBefore).all().item<bool>(), "translations must not change");
    }

    [Fact]
    public void The_pseudo_gloss_objective_refuses_a_translation_stage()
    {
        using var model = new Sign2GptModel(TinyConfig.Create(), pseudoGlossVocabulary: 12);

        Assert.Throws<ArgumentException>(() => PseudoGlossStage.Train(model, TinyDataset.Create(4, seed: 1), null, _options, _directory,
            new TrainingLoop(NullLogger<TrainingLoop>.Instance), null, CancellationToken.None, TrainingStage.Translation));
    }

    /// <summary>The head's loss on the training set and the decoder's logits for the first video, in eval mode.</summary>
    private static (double PseudoGlossLoss, Tensor Logits) Read(Sign2GptModel model, TranslationDataset data)
    {
        model.eval();
        using var noGrad = no_grad();
        var loss = Losses.PseudoGlosses(model, data.Examples, CPU).item<float>();
        using var frames = FeatureBatch.Create([data.Examples[0]], CPU);
        var (features, valid) = model.Encode(frames.Features, frames.Valid);
        var logits = model.Translate(features, valid, tensor(new long[] { 1, 5, 6 }, [1, 3]));
        return (loss, logits);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
