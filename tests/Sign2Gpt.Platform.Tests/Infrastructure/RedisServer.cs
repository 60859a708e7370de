using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>
/// A real redis-server on a free loopback port for the life of a test class: without persistence, or, given a data
/// folder, with an append-only file synced on every write, so that it can be killed and restarted losing nothing.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string? _dataDirectory;
    private Process _process;

    private RedisServer(Process process, int port, string? dataDirectory)
    {
        _process = process;
        Port = port;
        _dataDirectory = dataDirectory;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync(string? dataDirectory = null)
    {
        var port = FreePort.Next();
        return new RedisServer(await LaunchAsync(port, dataDirectory), port, dataDirectory);
    }

    /// <summary>kill -9, then started again on the same port and data: what a crashed and restarted Redis does.</summary>
    public async Task RestartAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = await LaunchAsync(Port, _dataDirectory);
    }

    private static async Task<Process> LaunchAsync(int port, string? dataDirectory)
    {
        string[] persistence = dataDirectory is null
            ? ["--save", "", "--appendonly", "no"]
            : ["--save", "", "--appendonly", "yes", "--appendfsync", "always", "--dir", dataDirectory];
        if (dataDirectory is not null)
        {
            Directory.CreateDirectory(dataDirectory);
        }

        var start = ChildProcess.StartInfo("redis-server", ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", .. persistence]);
        start.RedirectStandardOutput = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start redis-server.");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return process;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        var exited = process.HasExited;
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException(exited
            ? $"redis-server exited with code {process.ExitCode}; is it installed (apt-get install redis-server)?"
            : $"redis-server did not listen on port {port} within 10 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
