using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Sign2Gpt.Contracts.Hosting;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>
/// A real redis-server and two silo processes clustered through it, as separate machines would be, with an external
/// Orleans client set up the way the web front end sets up its own. Unlike <see cref="PlatformCluster"/>, nothing of
/// the silos shares the test's process: a killed silo loses its memory, and only Redis remembers.
/// </summary>
public sealed class ProcessCluster : IAsyncLifetime
{
    /// <summary>Two silos loading the model on two shared cores take a while; a dead one is noticed at once.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly string _clusterId = "processes-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _serviceId = "sign2gpt-processes-" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<SiloProcess> _silos = [];
    private readonly SemaphoreSlim _webStart = new(1, 1);
    private IHost? _client;
    private AppProcess? _web;

    public RedisServer Redis { get; private set; } = null!;

    public IReadOnlyList<SiloProcess> Silos => _silos;

    public IClusterClient Client => _client!.Services.GetRequiredService<IClusterClient>();

    public IGrainFactory Grains => Client;

    /// <summary>Where each silo's log stays after the run, for diagnosis.</summary>
    public string LogDirectory { get; } = Path.Combine(Path.GetTempPath(), "sign2gpt-process-cluster", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6]);

    public async Task InitializeAsync()
    {
        try
        {
            // Persistent, so that a test can restart it as a crashed Redis restarts.
            Redis = await RedisServer.StartAsync(Path.Combine(LogDirectory, "redis"));
            foreach (var name in new[] { "silo-a", "silo-b" })
            {
                _silos.Add(new SiloProcess(new SiloProcessOptions(name, FreePort.Next(), FreePort.Next(), Path.Combine(LogDirectory, name), SiloConfiguration())));
            }

            _silos.ForEach(silo => silo.Start());
            _client = await StartClientAsync();
            await WaitForSilosAsync(replaced: []);
        }
        catch
        {
            // xUnit does not dispose a fixture whose start failed; the processes must not outlive it.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>The silos the cluster's membership has as active, by address (with generation).</summary>
    public async Task<IReadOnlyDictionary<SiloAddress, SiloStatus>> ActiveSilosAsync() =>
        await Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);

    /// <summary>The silo process an address belongs to.</summary>
    public SiloProcess SiloAt(SiloAddress address) => _silos.Single(silo => silo.SiloPort == address.Endpoint.Port);

    /// <summary>The web front end as its own process in front of the silos, started by the first test that asks for it.</summary>
    public async Task<Uri> StartWebAsync()
    {
        await _webStart.WaitAsync();
        try
        {
            var address = new Uri($"http://127.0.0.1:{WebPort}/");
            if (_web is null)
            {
                _web = new AppProcess("web", AppProcess.BuiltAssembly("web/Sign2Gpt.Web"), Path.Combine(LogDirectory, "web"), new Dictionary<string, string>(SiloConfiguration())
                {
                    ["Urls"] = address.ToString(),
                    ["Streaming:Url"] = $"http://127.0.0.1:{FreePort.Next()}",
                });
                _web.Start();
                using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
                var deadline = DateTime.UtcNow + StartTimeout;
                while (!await IsReadyAsync(http))
                {
                    _web.ThrowIfExited();
                    Assert.True(DateTime.UtcNow < deadline, $"The web front end was not ready in {StartTimeout}:{Environment.NewLine}{_web.LogTail()}");
                    await Task.Delay(250);
                }
            }

            return address;
        }
        finally
        {
            _webStart.Release();
        }
    }

    /// <summary>Starts a killed silo again on its ports; returns once every silo is an active member and clients reach them.</summary>
    public async Task RestartAsync(SiloProcess silo)
    {
        var before = (await ActiveSilosAsync()).Keys.Where(a => a.Endpoint.Port == silo.SiloPort).ToList();
        silo.Start();
        await WaitForSilosAsync(before);
        await WaitForSteadyGatewaysAsync();
    }

    /// <summary>kill -9 of every silo, then both started again on their ports; returns once both are active members again.</summary>
    public async Task KillAndRestartAllAsync()
    {
        var before = (await ActiveSilosAsync()).Keys.ToList();
        foreach (var silo in _silos)
        {
            await silo.KillAsync();
        }

        _silos.ForEach(silo => silo.Start());
        await WaitForSilosAsync(before);
        await WaitForSteadyGatewaysAsync();
    }

    /// <summary>
    /// Until calls keep going through for a while: the membership can list the restarted silos while the client
    /// still drops the dead gateways and has not yet taken the new ones from Redis ("No gateways available").
    /// </summary>
    private async Task WaitForSteadyGatewaysAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        var successes = 0;
        while (successes < 4)
        {
            try
            {
                await ActiveSilosAsync().WaitAsync(TimeSpan.FromSeconds(5));
                successes++;
            }
            catch (Exception exception) when (exception is OrleansException or TimeoutException && DateTime.UtcNow < deadline)
            {
                successes = 0;
            }

            await Task.Delay(500);
        }
    }

    public async Task DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        _webStart.Dispose();
        if (_client is not null)
        {
            // A client whose silos are gone can wait a long time to say goodbye to them.
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _client.StopAsync(stopping.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _client.Dispose();
        }

        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }
    }

    private int WebPort { get; } = FreePort.Next();

    private static async Task<bool> IsReadyAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync(new Uri(HealthEndpoints.ReadyPath, UriKind.Relative))).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private Dictionary<string, string> SiloConfiguration() => new()
    {
        ["ConnectionStrings:Redis"] = Redis.ConnectionString,
        ["Orleans:ClusterId"] = _clusterId,
        ["Orleans:ServiceId"] = _serviceId,
        ["Sessions:TickInterval"] = "00:00:00.200",
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Orleans"] = "Warning",
        ["Logging:LogLevel:Microsoft"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
    };

    private Task<IHost> StartClientAsync() =>
        ExternalClusterClient.StartAsync(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Redis"] = Redis.ConnectionString,
                [$"{ClusterClientOptions.Section}:ClusterId"] = _clusterId,
                [$"{ClusterClientOptions.Section}:ServiceId"] = _serviceId,
            },
            _silos,
            StartTimeout,
            // Silos restarted on their ports come back as new gateways in Redis; the client should find them in a
            // second, not in the default minute.
            services => services.Configure<GatewayOptions>(options => options.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1)));

    /// <summary>
    /// Until the membership shows exactly the two silo processes as active, none of them a generation in
    /// <paramref name="replaced"/> (a killed silo's entry stays active until its successor on the port retires it).
    /// </summary>
    private async Task WaitForSilosAsync(IReadOnlyCollection<SiloAddress> replaced)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        var seen = "nothing yet";
        while (DateTime.UtcNow < deadline)
        {
            _silos.ForEach(silo => silo.ThrowIfExited());
            try
            {
                var active = (await ActiveSilosAsync().WaitAsync(TimeSpan.FromSeconds(5))).Keys.ToList();
                seen = string.Join(", ", active);
                if (active.Count == _silos.Count && !active.Intersect(replaced).Any()
                    && active.Select(a => a.Endpoint.Port).Order().SequenceEqual(_silos.Select(s => s.SiloPort).Order()))
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is OrleansException or TimeoutException or OperationCanceledException)
            {
                // The cluster is still coming up (no gateway yet, a call to a dead silo timing out): ask again.
                seen = exception.Message;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException(
            $"The two silos did not become active within {StartTimeout}; the membership last showed: {seen}.{Environment.NewLine}"
            + string.Join(Environment.NewLine, _silos.Select(silo => silo.LogTail())));
    }
}
