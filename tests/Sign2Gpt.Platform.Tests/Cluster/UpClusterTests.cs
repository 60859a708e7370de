using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Sign2Gpt.Contracts.Hosting;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Cluster;

/// <summary>
/// <c>./sign2gpt up --cluster 2</c> as a person runs it: Redis, two silos (the first GPU-tagged), web and trainer, each
/// its own process, all ready; Ctrl+C stops every one. Slow: it builds the apps in Release first.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class UpClusterTests
{
    [Fact]
    public async Task Up_with_a_cluster_of_two_starts_every_process_ready_and_ctrl_c_stops_them_all()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Sign2Gpt.Platform.sln")))
        {
            root = root.Parent ?? throw new DirectoryNotFoundException("No repository root above the test output.");
        }

        var state = Path.Combine(Path.GetTempPath(), "sign2gpt-up-cluster-" + Guid.NewGuid().ToString("N")[..8]);
        var web = $"http://127.0.0.1:{FreePort.Next()}";
        var start = new ProcessStartInfo("bash", [Path.Combine(root.FullName, "deploy", "local", "up.sh"), "--cluster", "2"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["SIGN2GPT_STATE"] = state,
                ["SIGN2GPT_REDIS_PORT"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
                ["SIGN2GPT_WEB_URL"] = web,
                ["SIGN2GPT_GRPC_URL"] = $"http://127.0.0.1:{FreePort.Next()}",
            },
        };
        using var up = Process.Start(start)!;
        var printed = new System.Text.StringBuilder();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        up.OutputDataReceived += (_, e) =>
        {
            lock (printed)
            {
                printed.AppendLine(e.Data);
            }

            if (e.Data?.Contains("Press Ctrl+C", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        up.ErrorDataReceived += (_, e) =>
        {
            lock (printed)
            {
                printed.AppendLine(e.Data);
            }
        };
        up.BeginOutputReadLine();
        up.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromMinutes(15));
            string output;
            lock (printed)
            {
                output = printed.ToString();
            }

            var silos = SiloLine().Matches(output);
            Assert.Equal(2, silos.Count);
            Assert.Equal(["cuda:0", "cpu"], silos.Select(m => m.Groups["devices"].Value));
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            foreach (var probe in silos.Select(m => m.Groups["health"].Value).Append(web + HealthEndpoints.ReadyPath))
            {
                Assert.True((await http.GetAsync(new Uri(probe))).IsSuccessStatusCode, probe);
            }

            Assert.Contains("is taking jobs", await File.ReadAllTextAsync(Path.Combine(state, "logs", "trainer.log")), StringComparison.Ordinal);
            var children = Descendants(up.Id);
            Assert.True(children.Count >= 5, $"redis, two silos, web and trainer: {children.Count} processes");

            using var interrupt = Process.Start("kill", ["-INT", up.Id.ToString(CultureInfo.InvariantCulture)]);
            await interrupt.WaitForExitAsync();
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await up.WaitForExitAsync(patience.Token);
            Assert.All(children, pid => Assert.False(File.Exists($"/proc/{pid}/status") && !File.ReadAllText($"/proc/{pid}/status").Contains("zombie", StringComparison.Ordinal), $"process {pid} outlived Ctrl+C"));
        }
        finally
        {
            if (!up.HasExited)
            {
                up.Kill(entireProcessTree: true);
            }
        }
    }

    private static List<int> Descendants(int pid)
    {
        var found = new List<int>();
        var path = $"/proc/{pid}/task/{pid}/children";
        foreach (var child in File.Exists(path) ? File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
        {
            var id = int.Parse(child, CultureInfo.InvariantCulture);
            found.Add(id);
            found.AddRange(Descendants(id));
        }

        return found;
    }

    [GeneratedRegex(@"silo-\d+\s+gateway \S+, devices (?<devices>\S+), health (?<health>\S+)")]
    private static partial Regex SiloLine();
}
