using Microsoft.Extensions.Logging.Abstractions;
using Sign2Gpt.Training.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Training;

public sealed class TrainingLoopTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sign2gpt-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_stopped_run_resumes_at_the_next_epoch_with_its_weights_and_history()
    {
        random.manual_seed(1);
        using var model = nn.Linear(4, 1);
        var loop = new TrainingLoop(NullLogger<TrainingLoop>.Instance);
        var inputs = randn(32, 4);
        var targets = inputs.sum(1, keepdim: true);
        var calls = 0;
        Tensor Loss(IReadOnlyList<int> batch)
        {
            calls++;
            var index = tensor(batch.Select(i => (long)i).ToArray());
            return nn.functional.mse_loss(model.forward(inputs.index_select(0, index)), targets.index_select(0, index));
        }

        var options = TrainingOptions.Paper with { Epochs = 2, BatchSize = 8, WarmupEpochs = 0, LearningRate = 0.05 };
        var first = loop.Train(new TrainingLoop.Run("test", model, [.. model.parameters()], 32, options, _directory), Loss, null, null, CancellationToken.None);
        var weightsAfterTwo = model.weight!.clone();
        var resumed = loop.Train(new TrainingLoop.Run("test", model, [.. model.parameters()], 32, options with { Epochs = 4 }, _directory), Loss, null, null, CancellationToken.None);

        Assert.Equal(2, first.Count);
        Assert.Equal([1, 2, 3, 4], resumed.Select(e => e.Epoch));
        Assert.Equal(first[1].TrainLoss, resumed[1].TrainLoss);
        Assert.Equal(4 * 4, calls);
        Assert.True(resumed[3].TrainLoss < resumed[0].TrainLoss);
        Assert.False(weightsAfterTwo.allclose(model.weight!), "the resumed epochs must keep training the loaded weights");
    }

    [Fact]
    public void A_folder_of_another_stage_is_refused()
    {
        using var model = nn.Linear(2, 1);
        var loop = new TrainingLoop(NullLogger<TrainingLoop>.Instance);
        var options = TrainingOptions.Paper with { Epochs = 1, BatchSize = 4 };
        Tensor Loss(IReadOnlyList<int> batch) => model.forward(ones(batch.Count, 2)).sum();
        loop.Train(new TrainingLoop.Run("lm", model, [.. model.parameters()], 4, options, _directory), Loss, null, null, CancellationToken.None);

        var error = Assert.Throws<InvalidOperationException>(() =>
            loop.Train(new TrainingLoop.Run("translate", model, [.. model.parameters()], 4, options, _directory), Loss, null, null, CancellationToken.None));

        Assert.Contains("belongs to stage 'lm'", error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
