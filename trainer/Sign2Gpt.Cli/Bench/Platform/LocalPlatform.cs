using System.Net.Sockets;
using System.Security.Cryptography;
using Sign2Gpt.Client;
using Sign2Gpt.Training.Runs;

namespace Sign2Gpt.Cli.Bench.Platform;

/// <summary>
/// The platform as <c>./sign2gpt up</c> runs it (a redis-server, one silo serving the demo model, the web front end,
/// each its own process), but private to the bench: a fresh Redis without persistence in a temporary folder, its own
/// ports and cluster id, so that it never meets a running platform. Disposing stops every process, newest first.
/// </summary>
internal sealed class LocalPlatform : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly List<ChildProcess> _processes = [];
    private readonly string _folder;

    private LocalPlatform(string folder, Uri web, string apiKey, string operatorKey)
    {
        _folder = folder;
        WebUri = web;
        ApiKey = apiKey;
        OperatorKey = operatorKey;
    }

    public Uri WebUri { get; }

    /// <summary>The demo tenant's key (at most 8 concurrent sessions).</summary>
    public string ApiKey { get; private set; }

    public string OperatorKey { get; }

    public ChildProcess Silo => _processes.Single(p => p.Name == "silo");

    /// <summary>Resident memory of the silo process now (VmRSS).</summary>
    public double SiloResidentMegabytes() => ProcessMemory.ResidentMegabytes(Silo.Id);

    /// <param name="inference">Off, sessions only store chunks (the silo's Sessions:InferenceEnabled).</param>
    public static async Task<LocalPlatform> StartAsync(PlatformBuild build, bool inference, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("s2g-bench-platform-").FullName;
        var redisPort = FreePort.Next();
        var web = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var operatorKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var platform = new LocalPlatform(folder, web, "", operatorKey);
        try
        {
            var redis = platform.Add(ChildProcess.Start(
                "redis", "redis-server",
                ["--port", $"{redisPort}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder],
                folder, new Dictionary<string, string>(), Path.Combine(folder, "redis.log"), readyMarker: null));
            await WaitForPortAsync(redis, redisPort, cancellationToken);

            var cluster = new Dictionary<string, string>
            {
                ["ConnectionStrings__Redis"] = $"127.0.0.1:{redisPort}",
                ["Orleans__ClusterId"] = $"s2g-bench-{Guid.NewGuid():N}",
            };
            var keyFile = Path.Combine(folder, "demo-api-key");
            var silo = platform.Add(ChildProcess.Start(
                "silo", "dotnet", [build.SiloDll], AppFolder(build.SiloDll),
                new Dictionary<string, string>(cluster)
                {
                    ["Orleans__SiloPort"] = $"{FreePort.Next()}",
                    ["Orleans__GatewayPort"] = $"{FreePort.Next()}",
                    ["DemoTenant__Enabled"] = "true",
                    ["DemoTenant__ApiKeyFile"] = keyFile,
                    ["Sessions__InferenceEnabled"] = inference ? "true" : "false",
                },
                Path.Combine(folder, "silo.log"), readyMarker: "Demo tenant demo ready"));
            await silo.WaitReadyAsync(StartTimeout, cancellationToken);
            platform.ApiKey = (await File.ReadAllTextAsync(keyFile, cancellationToken)).Trim();

            var front = platform.Add(ChildProcess.Start(
                "web", "dotnet", [build.WebDll], AppFolder(build.WebDll),
                new Dictionary<string, string>(cluster)
                {
                    ["Urls"] = web.ToString().TrimEnd('/'),
                    ["Admin__OperatorKey"] = operatorKey,
                    // The bench measures capacity, not the per-key policy (600 requests a minute), which one
                    // unpaced upload alone would hit.
                    ["Ingest__RequestsPerMinutePerKey"] = "1000000",
                },
                Path.Combine(folder, "web.log"), readyMarker: "Application started"));
            await front.WaitReadyAsync(StartTimeout, cancellationToken);
            return platform;
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }
    }

    /// <summary>An HTTP client of the ingest API with the demo tenant's key; the caller disposes it.</summary>
    public HttpClient CreateIngestHttp() => IngestClient.CreateHttpClient(WebUri, ApiKey);

    /// <summary>Fails with the log tail of a platform process that died under load.</summary>
    public void EnsureRunning()
    {
        if (_processes.FirstOrDefault(p => p.HasExited) is { } dead)
        {
            throw new InvalidOperationException($"The {dead.Name} process exited during the bench; see {dead.LogPath}:\n{dead.Tail()}");
        }
    }

    public ValueTask DisposeAsync()
    {
        for (var i = _processes.Count - 1; i >= 0; i--)
        {
            _processes[i].Dispose();
        }

        _processes.Clear();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A log still being written by a dying process: the temporary folder is left for the system to clean.
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Each app runs in its own build folder, so that its appsettings.json (log levels: Microsoft and Orleans at
    /// Warning) applies as deployed; the environment overrides the rest.
    /// </summary>
    private static string AppFolder(string dll) => Path.GetDirectoryName(dll)!;

    private ChildProcess Add(ChildProcess process)
    {
        _processes.Add(process);
        return process;
    }

    private static async Task WaitForPortAsync(ChildProcess process, int port, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                process.MarkReady();
                return;
            }
            catch (SocketException) when (!process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException($"{process.Name} did not open port {port}; see {process.LogPath}:\n{process.Tail()}");
            }
        }
    }
}
