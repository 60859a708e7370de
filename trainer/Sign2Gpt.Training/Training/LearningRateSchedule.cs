namespace Sign2Gpt.Training.Training;

/// <summary>Linear warm-up from 0.01×lr to lr over the warm-up steps, then cosine decay to 0 at the last step.</summary>
public sealed record LearningRateSchedule(double PeakRate, long WarmupSteps, long TotalSteps)
{
    private const double StartFraction = 0.01;

    public double At(long step)
    {
        if (step < WarmupSteps)
        {
            var progress = (double)step / WarmupSteps;
            return PeakRate * (StartFraction + ((1 - StartFraction) * progress));
        }

        var decaySteps = Math.Max(1, TotalSteps - WarmupSteps);
        var decayed = Math.Min(1.0, (double)(step - WarmupSteps) / decaySteps);
        return PeakRate * 0.5 * (1 + Math.Cos(Math.PI * decayed));
    }
}
