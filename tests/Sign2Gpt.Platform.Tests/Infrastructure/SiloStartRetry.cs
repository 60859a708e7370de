namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>Lets a client keep trying to connect while its silo processes start, and gives up at once if one of them died.</summary>
public sealed class SiloStartRetry(DateTime deadline, IReadOnlyList<SiloProcess> silos) : IClientConnectionRetryFilter
{
    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        foreach (var silo in silos)
        {
            silo.ThrowIfExited();
        }

        if (DateTime.UtcNow > deadline)
        {
            return false;
        }

        await Task.Delay(500, cancellationToken);
        return true;
    }
}
