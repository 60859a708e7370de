using Sign2Gpt.Client;

namespace Sign2Gpt.Cli.Publish;

/// <summary><c>adapters show</c>: the language's rollout (versions, live, canary, pins, history).</summary>
internal sealed class AdaptersShowCommand : AdminCommand<AdminSettings>
{
    protected override Task<AdminRollout> RunAsync(AdapterAdminClient client, AdminSettings settings, CancellationToken cancellationToken) =>
        client.GetRolloutAsync(settings.Language, cancellationToken);
}
