using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sign2Gpt.Contracts.Hosting;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Training;

/// <summary>
/// The platform as <c>./sign2gpt up --redis</c> runs it: a real redis-server, a silo process, the web process and a
/// trainer worker process, sharing one datasets folder. The trainer can be killed and started again like a lost
/// machine; its short lease makes the queue notice at once.
/// </summary>
public sealed class TrainerPlatform : IAsyncLifetime
{
    public const string OperatorKey = "operator-key-for-trainer-tests";

    /// <summary>Short, so that a killed worker's job goes to its successor within seconds.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(6);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly string _clusterId = "trainer-" + Guid.NewGuid().ToString("N")[..8];
    private SiloProcess? _silo;
    private AppProcess? _web;
    private IHost? _client;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "sign2gpt-trainer-platform", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6]);

    public RedisServer Redis { get; private set; } = null!;

    public AppProcess Trainer { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public IGrainFactory Grains => _client!.Services.GetRequiredService<IClusterClient>();

    public async Task InitializeAsync()
    {
        try
        {
            Redis = await RedisServer.StartAsync();
            var shared = new Dictionary<string, string>
            {
                ["ConnectionStrings:Redis"] = Redis.ConnectionString,
                ["Orleans:ClusterId"] = _clusterId,
                ["Datasets:Directory"] = Path.Combine(Directory, "datasets"),
            };
            _silo = new SiloProcess(new SiloProcessOptions("silo", FreePort.Next(), FreePort.Next(), Directory, new Dictionary<string, string>(shared)
            {
                ["Sessions:TickInterval"] = "00:00:00.200",
                ["TrainingQueue:LeaseDuration"] = Lease.ToString(),
            }));
            _silo.Start();
            Address = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
            _web = new AppProcess("web", AppProcess.BuiltAssembly("web/Sign2Gpt.Web"), Directory, new Dictionary<string, string>(shared)
            {
                ["Urls"] = Address.ToString(),
                ["Streaming:Url"] = $"http://127.0.0.1:{FreePort.Next()}",
                ["Admin:OperatorKey"] = OperatorKey,
            });
            _web.Start();
            Trainer = new AppProcess("trainer", AppProcess.BuiltAssembly("trainer/Sign2Gpt.Trainer"), Directory, new Dictionary<string, string>(shared)
            {
                ["Trainer:WorkDirectory"] = Path.Combine(Directory, "trainer-work"),
                ["Trainer:HeartbeatInterval"] = "00:00:01",
                ["Trainer:PollInterval"] = "00:00:00.500",
                ["FeatureCache:Root"] = Path.Combine(Directory, "features"),
            });
            Trainer.Start();
            _client = await StartClientAsync();
            await WaitForAsync(() => File.ReadAllText(Trainer.LogPath).Contains("is taking jobs", StringComparison.Ordinal), "the trainer worker to take jobs");
            await WaitForAsync(async () =>
            {
                using var http = OperatorHttp();
                return (await http.GetAsync(new Uri("openapi/v1.json", UriKind.Relative))).IsSuccessStatusCode;
            }, "the web front end");
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>An HTTP client on the web front end bearing the operator key.</summary>
    public HttpClient OperatorHttp()
    {
        var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OperatorKey);
        return http;
    }

    /// <summary>Where each app process logs, by name (silo, web, trainer).</summary>
    public IReadOnlyDictionary<string, string> LogPaths => new Dictionary<string, string>
    {
        ["silo"] = _silo!.LogPath,
        ["web"] = _web!.LogPath,
        ["trainer"] = Trainer.LogPath,
    };

    public string LogTails() => string.Join(Environment.NewLine, _silo?.LogTail(), _web?.LogTail(), Trainer?.LogTail(60));

    public async Task WaitForAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? StartTimeout);
        while (true)
        {
            _silo?.ThrowIfExited();
            _web?.ThrowIfExited();
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or OrleansException or TimeoutException or IOException)
            {
                // Not up yet.
            }

            Assert.True(DateTime.UtcNow < deadline, $"Waited too long for {what}.{Environment.NewLine}{LogTails()}");
            await Task.Delay(500);
        }
    }

    public Task WaitForAsync(Func<bool> condition, string what, TimeSpan? timeout = null) => WaitForAsync(() => Task.FromResult(condition()), what, timeout);

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        foreach (var process in new IAsyncDisposable?[] { Trainer, _web, _silo, Redis })
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }
        }

        DeleteDataKeepingLogs();
    }

    /// <summary>A run leaves about 1.5 GB of datasets, features and checkpoints; only the logs explain a failure.</summary>
    private void DeleteDataKeepingLogs()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return;
        }

        foreach (var data in System.IO.Directory.EnumerateDirectories(Directory))
        {
            System.IO.Directory.Delete(data, recursive: true);
        }
    }

    private Task<IHost> StartClientAsync() =>
        ExternalClusterClient.StartAsync(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Redis"] = Redis.ConnectionString,
                [$"{ClusterClientOptions.Section}:ClusterId"] = _clusterId,
            },
            [_silo!],
            StartTimeout);
}
