using System.Text.Json;
using Sign2Gpt.Client;
using Sign2Gpt.Inference.Translation;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Publish;

/// <summary>
/// A verb of the admin API: runs one rollout action with the operator key and prints the resulting rollout as JSON
/// on stdout; a refusal (a rejected adapter, a wrong key, no server) is one line on stderr and exit code 1.
/// </summary>
internal abstract class AdminCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : AdminSettings
{
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            using var http = AdapterAdminClient.CreateHttpClient(settings.ServerUri, settings.ResolveOperatorKey());
            var rollout = await RunAsync(new AdapterAdminClient(http), settings, cancellationToken);
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(rollout, TranslationJson.Options).AsMemory(), cancellationToken);
            return 0;
        }
        catch (Exception exception) when (exception is AdminClientException or MissingOperatorKeyException or IOException or UnauthorizedAccessException)
        {
            // Written here rather than by the shared exception handler, which wraps long messages at the console
            // width when stderr is not a terminal: a script reads the whole reason (every problem found) on one line.
            await Console.Error.WriteLineAsync($"error: {exception.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }

    protected abstract Task<AdminRollout> RunAsync(AdapterAdminClient client, TSettings settings, CancellationToken cancellationToken);
}
