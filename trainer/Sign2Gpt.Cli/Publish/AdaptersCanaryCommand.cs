using Sign2Gpt.Client;

namespace Sign2Gpt.Cli.Publish;

/// <summary><c>adapters canary</c>: routes a share of new sessions to a published version.</summary>
internal sealed class AdaptersCanaryCommand : AdminCommand<CanarySettings>
{
    protected override Task<AdminRollout> RunAsync(AdapterAdminClient client, CanarySettings settings, CancellationToken cancellationToken) =>
        client.StartCanaryAsync(settings.Language, settings.Version!.Value, settings.Share, cancellationToken);
}
