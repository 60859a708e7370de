using Sign2Gpt.Client;

namespace Sign2Gpt.Cli.Publish;

/// <summary><c>adapters rollback</c>: goes back to the version live before the current one.</summary>
internal sealed class AdaptersRollbackCommand : AdminCommand<AdminSettings>
{
    protected override Task<AdminRollout> RunAsync(AdapterAdminClient client, AdminSettings settings, CancellationToken cancellationToken) =>
        client.RollBackAsync(settings.Language, cancellationToken);
}
