using System.Globalization;
using Sign2Gpt.Client;

namespace Sign2Gpt.Cli.Publish;

/// <summary>
/// <c>publish</c>: sends an adapter file to the admin API, where the silos validate it against the loaded base model
/// before anyone can be routed to it, then optionally starts a canary or promotes it. Prints the resulting rollout; a
/// rejected adapter prints the server's reason and changes nothing, so the live version keeps serving.
/// </summary>
internal sealed class PublishCommand : AdminCommand<PublishSettings>
{
    protected override async Task<AdminRollout> RunAsync(AdapterAdminClient client, PublishSettings settings, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(settings.Adapter, cancellationToken);
        var published = await client.PublishAsync(settings.Language, bytes, settings.Bleu4, settings.RougeL, cancellationToken: cancellationToken);
        // Stdout is kept for the rollout JSON; a failed canary or promotion below should not hide that this worked.
        await Console.Error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture, $"published {published.Language}@v{published.Version} (sha256 {published.Sha256[..12]})"));
        if (settings.Canary is { } share)
        {
            return await client.StartCanaryAsync(settings.Language, published.Version, share, cancellationToken);
        }

        return settings.Promote
            ? await client.PromoteAsync(settings.Language, published.Version, cancellationToken)
            : await client.GetRolloutAsync(settings.Language, cancellationToken);
    }
}
