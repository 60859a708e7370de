using System.Diagnostics;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>
/// Starts the processes the tests need (redis-server, silos) so that none outlives the test process, however that
/// ends: each runs under a bash that holds the test process's end of a pipe and kills the child once the pipe closes,
/// which the kernel does even when the test host is killed with SIGKILL and no dispose or exit handler runs.
/// Stop them with <see cref="Process.Kill(bool)"/> on the whole tree.
/// </summary>
public static class ChildProcess
{
    private const string Watchdog = """
        exec 3<&0
        "$@" </dev/null 3<&- & child=$!
        { cat <&3 >/dev/null; kill -9 "$child" 2>/dev/null; } &
        wait "$child"
        """;

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> under the watchdog; stdin is the watchdog's pipe.</summary>
    public static ProcessStartInfo StartInfo(string fileName, params IEnumerable<string> arguments) =>
        new("bash", ["-c", Watchdog, "bash", fileName, .. arguments])
        {
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
}
