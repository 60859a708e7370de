using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sign2Gpt.Silo.Serving;

namespace Sign2Gpt.Silo.Adapters;

/// <summary>Loads the versions a rollout now routes to as soon as it changes, so the first session on a new version does not wait for it.</summary>
public sealed partial class AdapterPreloader(IAdapterStore store, TranslationEngine engine, ILogger<AdapterPreloader> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        store.SubscribeAsync(async (language, versions) =>
        {
            foreach (var version in versions)
            {
                try
                {
                    await engine.LoadAdapterAsync(language, version);
                }
                catch (Exception e) when (e is InvalidOperationException or InvalidDataException)
                {
                    // A session that needs it loads it again and reports the failure to its client.
                    LogPreloadFailed(logger, language, version, e.Message);
                }
            }
        });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not preload adapter {Language}@v{Version}: {Reason}")]
    private static partial void LogPreloadFailed(ILogger logger, string language, int version, string reason);
}
