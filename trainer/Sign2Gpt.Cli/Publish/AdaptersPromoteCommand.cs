using Sign2Gpt.Client;

namespace Sign2Gpt.Cli.Publish;

/// <summary><c>adapters promote</c>: makes a published version live for everyone not pinned.</summary>
internal sealed class AdaptersPromoteCommand : AdminCommand<VersionSettings>
{
    protected override Task<AdminRollout> RunAsync(AdapterAdminClient client, VersionSettings settings, CancellationToken cancellationToken) =>
        client.PromoteAsync(settings.Language, settings.Version!.Value, cancellationToken);
}
