using System.Globalization;
using Sign2Gpt.Client;

namespace Sign2Gpt.Cli.Client;

/// <summary>
/// One stderr line per client event, written as it is reported (not through <see cref="Progress{T}"/>, which would
/// hand lines to the thread pool and could print them out of order). Stdout is kept for the final JSON.
/// </summary>
internal sealed class ConsoleProgress(TextWriter output) : IProgress<ClientEvent>
{
    public void Report(ClientEvent value)
    {
        if (Line(value) is { } line)
        {
            output.WriteLine(line);
        }
    }

    private static string? Line(ClientEvent value) => value switch
    {
        SessionOpened opened => $"session {opened.SessionId}",
        ChunkAcknowledged { Status: "accepted" } ack => Invariant($"ack {ack.Sequence} (next {ack.NextExpected})"),
        ChunkAcknowledged ack => Invariant($"ack {ack.Sequence} (next {ack.NextExpected}, {ack.Status})"),
        ConnectionResumed resumed => Invariant($"connection dropped; resumed at chunk {resumed.NextExpected}, re-sent {resumed.Resent}"),
        PartialTranslation partial => $"partial: {partial.Translation.Text}",
        // The final translation is the JSON on stdout.
        _ => null,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
