using Sign2Gpt.Training.Training;

namespace Sign2Gpt.Training.Tests.Training;

public sealed class LearningRateScheduleTests
{
    [Fact]
    public void Warm_up_starts_at_one_percent_and_cosine_ends_at_zero()
    {
        var schedule = new LearningRateSchedule(PeakRate: 3e-4, WarmupSteps: 10, TotalSteps: 110);

        Assert.Equal(3e-6, schedule.At(0), 12);
        Assert.Equal(3e-4 * (0.01 + (0.99 * 0.5)), schedule.At(5), 12);
        Assert.Equal(3e-4, schedule.At(10), 12);
        Assert.Equal(1.5e-4, schedule.At(60), 12);
        Assert.Equal(0, schedule.At(110), 12);
    }
}
