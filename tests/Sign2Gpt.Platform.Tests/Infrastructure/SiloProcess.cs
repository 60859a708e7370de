using System.Globalization;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>The built Sign2Gpt.Silo as its own process on fixed silo and gateway ports, so that it can be killed and started again on them.</summary>
public sealed class SiloProcess(SiloProcessOptions options) : IAsyncDisposable
{
    private readonly AppProcess _process = new(
        options.Name,
        Assembly,
        options.Directory,
        new Dictionary<string, string>(options.Configuration)
        {
            ["Orleans:SiloPort"] = options.SiloPort.ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = options.GatewayPort.ToString(CultureInfo.InvariantCulture),
        });

    public static string Assembly { get; } = AppProcess.BuiltAssembly("silo/Sign2Gpt.Silo");

    public string Name => options.Name;

    public int SiloPort => options.SiloPort;

    public int GatewayPort => options.GatewayPort;

    public string LogPath => _process.LogPath;

    public void Start() => _process.Start();

    /// <summary>SIGKILL to the silo, as a power cut would: no graceful leave, its membership entry stays behind.</summary>
    public Task KillAsync() => _process.KillAsync();

    /// <summary>SIGTERM and up to a minute to leave the cluster gracefully, as a rolling update stops a pod.</summary>
    public Task StopAsync() => _process.StopAsync(TimeSpan.FromMinutes(1));

    public void ThrowIfExited() => _process.ThrowIfExited();

    public string LogTail(int lines = 30) => _process.LogTail(lines);

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
