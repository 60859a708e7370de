using System.Globalization;
using Sign2Gpt.Contracts.Usage;
using Sign2Gpt.Silo.Hosting;

namespace Sign2Gpt.Silo.Usage;

public sealed class UsageGrain([PersistentState("usage", SiloHostingExtensions.StorageName)] IPersistentState<UsageState> state) : Grain, IUsageGrain
{
    public async Task RecordAsync(SessionUsage usage, CancellationToken cancellationToken = default)
    {
        if (!state.State.Counted.Add(usage.SessionId))
        {
            return;
        }

        var lines = state.State.Lines;
        var index = lines.FindIndex(l => l.Language == usage.Language && l.Adapter == usage.Adapter);
        var line = index >= 0 ? lines[index] : new UsageLine(usage.Language, usage.Adapter, 0, 0, 0, 0, 0);
        line = line with
        {
            Sessions = line.Sessions + 1,
            Failed = line.Failed + (usage.Completed ? 0 : 1),
            VideoSeconds = line.VideoSeconds + usage.VideoSeconds,
            Frames = line.Frames + usage.Frames,
            Tokens = line.Tokens + usage.Tokens,
        };
        if (index >= 0)
        {
            lines[index] = line;
        }
        else
        {
            lines.Add(line);
        }

        await state.WriteStateAsync(cancellationToken);
    }

    public Task<UsageDay> GetAsync(CancellationToken cancellationToken = default)
    {
        var key = this.GetPrimaryKeyString();
        var slash = key.LastIndexOf('/');
        var day = DateOnly.ParseExact(key[(slash + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Task.FromResult(new UsageDay(key[..slash], day, [.. state.State.Lines]));
    }
}
