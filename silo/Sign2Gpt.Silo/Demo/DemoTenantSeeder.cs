using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Tenants;

namespace Sign2Gpt.Silo.Demo;

/// <summary>
/// Makes sure the demo tenant exists with a working API key once the silo is up. The key's secret exists only
/// when issued, so a key file that no longer verifies (a fresh Redis) is replaced by a new key.
/// </summary>
public sealed partial class DemoTenantSeeder(IGrainFactory grains, IOptions<DemoTenantOptions> options, ILogger<DemoTenantSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var tenant = grains.GetGrain<ITenantGrain>(settings.TenantId);
        if (await tenant.GetSettingsAsync(stoppingToken) is null)
        {
            await tenant.ConfigureAsync(new TenantSettings("Demo tenant", ["de", "en"], MaxConcurrentSessions: 8, MaxVideoMinutesPerDay: 600), stoppingToken);
        }

        var path = Path.GetFullPath(settings.ApiKeyFile);
        if (File.Exists(path) && await tenant.VerifyApiKeyAsync((await File.ReadAllTextAsync(path, stoppingToken)).Trim(), stoppingToken))
        {
            LogReady(logger, settings.TenantId, path);
            return;
        }

        var issued = await tenant.IssueApiKeyAsync("demo", stoppingToken);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, issued.ApiKey + "\n", stoppingToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        LogReady(logger, settings.TenantId, path);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo tenant {TenantId} ready; its API key is in {ApiKeyFile}")]
    private static partial void LogReady(ILogger logger, string tenantId, string apiKeyFile);
}
