using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Accounts;

namespace Sign2Gpt.Web.Portal.Accounts;

/// <summary>
/// Gives the demo tenant a user, an admin and a platform operator. Passwords are made once and kept in the
/// credentials file (one "role email password" line each), so that they survive a restart of the platform.
/// </summary>
public sealed partial class DemoAccountsSeeder(AccountDirectory accounts, IGrainFactory grains, IOptions<DemoAccountsOptions> options, ILogger<DemoAccountsSeeder> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var path = Path.GetFullPath(settings.CredentialsFile);
        var known = File.Exists(path) ? Read(await File.ReadAllLinesAsync(path, stoppingToken)) : [];
        var lines = new List<string>();
        foreach (var (role, email, name) in Demo(settings.TenantId))
        {
            var password = known.GetValueOrDefault(email) ?? NewPassword();
            if (!await accounts.CreateAsync(email, password, settings.TenantId, role, name, stoppingToken)
                && await accounts.VerifyAsync(email, password, stoppingToken) is null)
            {
                // A kept store (Redis) with a lost credentials file: the file is the one source of the demo passwords.
                await grains.GetGrain<IAccountGrain>(Account.KeyOf(email)).SetPasswordHashAsync(AccountDirectory.Hash(password), stoppingToken);
            }

            lines.Add($"{role} {email} {password}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllLinesAsync(path, lines, stoppingToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        LogReady(logger, settings.TenantId, path);
    }

    private static (AccountRole Role, string Email, string Name)[] Demo(string tenantId) =>
    [
        (AccountRole.TenantUser, $"user@{tenantId}.example", "Demo user"),
        (AccountRole.TenantAdmin, $"admin@{tenantId}.example", "Demo admin"),
        (AccountRole.PlatformOperator, "operator@platform.example", "Platform operator"),
    ];

    private static Dictionary<string, string> Read(string[] lines) =>
        lines.Select(line => line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length == 3)
            .ToDictionary(parts => parts[1], parts => parts[2]);

    private static string NewPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'k').Replace('/', 'm');

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo portal accounts of tenant {TenantId} ready; credentials in {CredentialsFile}")]
    private static partial void LogReady(ILogger logger, string tenantId, string credentialsFile);
}
