using Microsoft.Extensions.Options;

namespace Sign2Gpt.Web.Portal.Translate;

/// <summary>Looks for abandoned live sessions four times per <see cref="PortalOptions.LiveIdleTimeout"/>.</summary>
public sealed class LiveSessionSweeper(LiveTranslator translator, IOptions<PortalOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.LiveIdleTimeout / 4, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await translator.EndAbandonedAsync(stoppingToken);
        }
    }
}
