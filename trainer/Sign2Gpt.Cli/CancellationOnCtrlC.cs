namespace Sign2Gpt.Cli;

/// <summary>Turns Ctrl+C into a cancellation so long work (ffmpeg, training) stops cleanly.</summary>
internal static class CancellationOnCtrlC
{
    public static CancellationTokenSource Create()
    {
        var source = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            source.Cancel();
        };
        return source;
    }
}
