using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

public static class Sessions
{
    /// <summary>Polls until the session completes or fails.</summary>
    public static async Task<SessionSnapshot> WaitForEndAsync(ISessionGrain session, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var snapshot = await session.GetAsync();
            if (snapshot.Status is SessionStatus.Completed or SessionStatus.Failed)
            {
                return snapshot;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Session still {snapshot.Status} after {timeout.TotalSeconds} s (next expected {snapshot.NextExpected}, {snapshot.FramesDecoded} frames).");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Appends chunks <paramref name="from"/> up to (not including) <paramref name="to"/>, in order, each acknowledged before the next.</summary>
    public static async Task SendAsync(ISessionGrain session, IReadOnlyList<byte[]> chunks, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            await session.AppendChunkAsync(new VideoChunk(i, chunks[i]));
        }
    }
}
