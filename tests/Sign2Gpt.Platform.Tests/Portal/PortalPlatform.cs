using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;
using Sign2Gpt.Contracts.Accounts;
using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Platform.Tests.Infrastructure;
using Sign2Gpt.Contracts.Hosting;
using Sign2Gpt.Web.Portal.Accounts;

namespace Sign2Gpt.Platform.Tests.Portal;

/// <summary>
/// The platform as <c>./sign2gpt up</c> runs it (a silo process with everything in memory, the web process with the
/// portal and the demo accounts), Debian's Chromium to drive it with the demo signer as its camera, and an Orleans
/// client for setting up other tenants.
/// </summary>
public sealed class PortalPlatform : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(90);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sign2gpt-portal-tests", Guid.NewGuid().ToString("N")[..8]);
    private SiloProcess? _silo;
    private AppProcess? _web;
    private IHost? _client;
    private IPlaywright? _playwright;

    /// <summary>Lower than the portal's defaults (videos and datasets), so that a test can go over it cheaply.</summary>
    public const long MaxUploadBytes = 8L * 1024 * 1024;

    public Uri Address { get; private set; } = null!;

    /// <summary>The web process's share of the datasets folder; no trainer worker reads it here, so uploads stay importing.</summary>
    public string DatasetsDirectory => Path.Combine(_directory, "datasets");

    public IBrowser Browser { get; private set; } = null!;

    public IGrainFactory Grains => _client!.Services.GetRequiredService<IClusterClient>();

    /// <summary>Role → (e-mail, password) of the demo accounts, as the web process wrote them.</summary>
    public IReadOnlyDictionary<AccountRole, (string Email, string Password)> DemoAccounts { get; private set; } = null!;

    public string DemoApiKey { get; private set; } = "";

    /// <summary>Where the tests' screenshots go (the README shows some of them).</summary>
    public static string Screenshots { get; } = Path.Combine(RepositoryRoot(), ".build", "screenshots");

    /// <summary>Short, so that a test sees an abandoned live session ended; a live page sends a chunk every second.</summary>
    public static readonly TimeSpan LiveIdleTimeout = TimeSpan.FromSeconds(10);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var keyFile = Path.Combine(_directory, "demo-api-key");
        var credentials = Path.Combine(_directory, "demo-accounts");
        _silo = new SiloProcess(new SiloProcessOptions("silo", FreePort.Next(), FreePort.Next(), _directory, new Dictionary<string, string>
        {
            ["DemoTenant:Enabled"] = "true",
            ["DemoTenant:ApiKeyFile"] = keyFile,
            ["Sessions:TickInterval"] = "00:00:00.200",
        }));
        _silo.Start();

        var port = FreePort.Next();
        Address = new Uri($"http://127.0.0.1:{port}/");
        _web = new AppProcess("web", AppProcess.BuiltAssembly("web/Sign2Gpt.Web"), _directory, new Dictionary<string, string>
        {
            ["Urls"] = Address.ToString(),
            ["Streaming:Url"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["Orleans:GatewayPort"] = _silo.GatewayPort.ToString(CultureInfo.InvariantCulture),
            ["Admin:OperatorKey"] = "operator-key-for-portal-tests",
            ["Portal:DemoAccounts:Enabled"] = "true",
            ["Portal:DemoAccounts:CredentialsFile"] = credentials,
            ["Portal:MaxUploadBytes"] = MaxUploadBytes.ToString(CultureInfo.InvariantCulture),
            ["Portal:LiveIdleTimeout"] = LiveIdleTimeout.ToString(),
            ["Datasets:Directory"] = DatasetsDirectory,
            ["Datasets:MaxUploadBytes"] = MaxUploadBytes.ToString(CultureInfo.InvariantCulture),
        });
        _web.Start();

        _client = await StartClientAsync(_silo);
        DemoApiKey = (await WaitForFileAsync(keyFile)).Trim();
        DemoAccounts = (await WaitForFileAsync(credentials)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .ToDictionary(parts => Enum.Parse<AccountRole>(parts[0]), parts => (parts[1], parts[2]));
        await WaitForPortalAsync();

        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", .. await FakeCamera.BrowserArgumentsAsync(_directory)],
        });
    }

    /// <summary>A tenant of its own with one account of <paramref name="role"/>; returns its address and password.</summary>
    public async Task<(string TenantId, string Email, string Password)> CreateTenantAsync(AccountRole role)
    {
        var tenantId = "t" + Guid.NewGuid().ToString("N")[..10];
        await Grains.GetGrain<ITenantGrain>(tenantId).ConfigureAsync(new TenantSettings($"Tenant {tenantId}", ["de", "en"], MaxConcurrentSessions: 4, MaxVideoMinutesPerDay: 60));
        var email = $"{role.ToString().ToLowerInvariant()}@{tenantId}.example";
        const string password = "a-long-test-password";
        await Grains.GetGrain<IAccountGrain>(Account.KeyOf(email)).CreateAsync(
            new Account(email, tenantId, role, $"{role} of {tenantId}", AccountDirectory.Hash(password), DateTimeOffset.UtcNow));
        return (tenantId, email, password);
    }

    /// <summary>
    /// A fresh browser context (own cookies) on the portal. Waits are generous: the first render of a page compiles
    /// it, which takes a while on two busy cores.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout((float)PageTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)PageTimeout.TotalMilliseconds);
        return context;
    }

    /// <summary>A fresh browser context, signed in, on the page after sign-in.</summary>
    public async Task<IPage> SignInAsync(string email, string password, ViewportSize? viewport = null)
    {
        var context = await NewContextAsync(viewport);
        var page = await context.NewPageAsync();
        await page.GotoAsync("login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), PortalPages.Committed);
        return page;
    }

    public Task<IPage> SignInAsync(AccountRole demoRole, ViewportSize? viewport = null) =>
        SignInAsync(DemoAccounts[demoRole].Email, DemoAccounts[demoRole].Password, viewport);

    /// <summary>Where the silo process logs; it names its loopback HTTP port (probes, /metrics) there.</summary>
    public string SiloLogPath => _silo!.LogPath;

    public string LogTails() => $"{_silo?.LogTail()}{Environment.NewLine}{_web?.LogTail()}";

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _client?.Dispose();
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        // Raw frames, tens of megabytes: the logs beside it are worth keeping, this is not.
        File.Delete(Path.Combine(_directory, FakeCamera.VideoFile));
    }

    private async Task<string> WaitForFileAsync(string path)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            _silo!.ThrowIfExited();
            _web!.ThrowIfExited();
            Assert.True(DateTime.UtcNow < deadline, $"{path} did not appear in {StartTimeout}:{Environment.NewLine}{LogTails()}");
            await Task.Delay(250);
        }

        return await File.ReadAllTextAsync(path);
    }

    private async Task WaitForPortalAsync()
    {
        using var http = new HttpClient { BaseAddress = Address };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            _web!.ThrowIfExited();
            try
            {
                if ((await http.GetAsync("login")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, $"the portal did not answer in {StartTimeout}:{Environment.NewLine}{LogTails()}");
            await Task.Delay(250);
        }
    }

    private static Task<IHost> StartClientAsync(SiloProcess silo) =>
        ExternalClusterClient.StartAsync(
            new Dictionary<string, string?> { [$"{ClusterClientOptions.Section}:GatewayPort"] = silo.GatewayPort.ToString(CultureInfo.InvariantCulture) },
            [silo],
            StartTimeout);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sign2Gpt.Platform.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Sign2Gpt.Platform.sln above {AppContext.BaseDirectory}.");
    }
}
