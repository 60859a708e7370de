using Microsoft.Extensions.Logging.Abstractions;
using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Stages;
using Sign2Gpt.Training.Tests.Model;
using Sign2Gpt.Training.Training;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Stages;

public sealed class AdapterRetentionTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sign2gpt-tests", Guid.NewGuid().ToString("N"));
    private readonly TrainingOptions _options = TrainingOptions.Paper with { Epochs = 3, BatchSize = 4, WarmupEpochs = 0, LearningRate = 1e-2, LabelSmoothing = 0.1 };

    [Fact]
    public void The_anchor_keeps_a_retrained_adapter_close_to_the_one_it_started_from()
    {
        var free = DistanceTravelled(AdapterRetention.None, "free");
        var anchored = DistanceTravelled(new AdapterRetention(AnchorWeight: 50, KeepBestDevEpoch: false), "anchored");

        Assert.True(free > 0, "training must move the adapter");
        Assert.True(anchored < free / 2, $"anchored adapter moved {anchored}, free one {free}");
    }

    [Fact]
    public void Stage_2_keeping_its_best_dev_epoch_ends_with_that_epochs_dev_loss()
    {
        manual_seed(5);
        using var model = new Sign2GptModel(TinyConfig.Create(), pseudoGlossVocabulary: 12);
        // Dev sentences use only words training never shows, so the better the model learns, the worse dev gets.
        var dev = TinyDataset.Create(8, seed: 2, tokens: (20, 40));

        var history = TranslationStage.Train(model, TrainingStage.Translation, TinyDataset.Create(16, seed: 1, tokens: (5, 20)), dev, _options with { Epochs = 4, LearningRate = 5e-2 },
            _directory, new TrainingLoop(NullLogger<TrainingLoop>.Instance), null, CancellationToken.None, new AdapterRetention(0, KeepBestDevEpoch: true));

        model.eval();
        var best = history.Min(h => h.Validation[TranslationStage.DevLoss]);
        Assert.True(history[^1].Validation[TranslationStage.DevLoss] > best + 1e-3, "this run must over-fit for the test to mean anything");
        Assert.Equal(best, TranslationStage.Loss(model, dev.Examples, 4), precision: 4);
    }

    [Fact]
    public void The_dev_loss_is_measured_without_dropout_and_leaves_the_model_in_its_mode()
    {
        // Open gates and non-zero LoRA B, so dropout would change the loss; in training mode, as an adapter run's fresh model is.
        using var model = OpenGatesModel.Create(seed: 6);
        model.train();
        var dev = TinyDataset.Create(8, seed: 2);

        var fresh = TranslationStage.Loss(model, dev.Examples, 4);
        var again = TranslationStage.Loss(model, dev.Examples, 4);
        Assert.True(model.training, "a model in training mode stays in it");
        model.eval();

        Assert.Equal(fresh, again);
        Assert.Equal(fresh, TranslationStage.Loss(model, dev.Examples, 4));
        Assert.False(model.training);
    }

    [Fact]
    public void The_anchor_is_refused_for_stage_2()
    {
        using var model = new Sign2GptModel(TinyConfig.Create(), pseudoGlossVocabulary: 12);
        var error = Assert.Throws<ArgumentException>(() => TranslationStage.Train(model, TrainingStage.Translation, TinyDataset.Create(8, seed: 1), null, _options,
            _directory, new TrainingLoop(NullLogger<TrainingLoop>.Instance), null, CancellationToken.None, new AdapterRetention(1, false)));

        Assert.Contains("adapter training only", error.Message);
    }

    /// <summary>Σ‖θ − θ₀‖² over the adapter tensors after training from the same start on the same data.</summary>
    private double DistanceTravelled(AdapterRetention retention, string run)
    {
        manual_seed(7);
        using var model = new Sign2GptModel(TinyConfig.Create(), pseudoGlossVocabulary: 12);
        ParameterRoles.Apply(model, TrainingStage.Adapter);
        var start = model.named_parameters().Where(p => p.parameter.requires_grad).ToDictionary(p => p.name, p => p.parameter.detach().clone());

        TranslationStage.Train(model, TrainingStage.Adapter, TinyDataset.Create(16, seed: 3), null, _options, Path.Combine(_directory, run),
            new TrainingLoop(NullLogger<TrainingLoop>.Instance), null, CancellationToken.None, retention);

        return model.named_parameters().Where(p => start.ContainsKey(p.name))
            .Sum(p => (p.parameter.detach() - start[p.name]).square().sum().item<float>());
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
