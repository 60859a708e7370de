using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Tenants;

[Collection(PlatformCollection.Name)]
public sealed class DemoTenantTests(PlatformCluster platform)
{
    [Fact]
    public async Task The_silo_seeds_the_demo_tenant_whose_key_and_settings_survive_a_restart()
    {
        var key = await ReadKeyAsync();
        var demo = platform.Grains.GetGrain<ITenantGrain>("demo");
        Assert.True(await demo.VerifyApiKeyAsync(key));

        await platform.RestartAsync();

        demo = platform.Grains.GetGrain<ITenantGrain>("demo");
        Assert.Equal(["de", "en"], (await demo.GetSettingsAsync())!.Languages);
        Assert.True(await demo.VerifyApiKeyAsync(key));
        Assert.Equal(key, await ReadKeyAsync());
        Assert.Single(await demo.ListApiKeysAsync());
    }

    private async Task<string> ReadKeyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(platform.DemoApiKeyFile) || (await File.ReadAllTextAsync(platform.DemoApiKeyFile)).Trim().Length == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the demo API key file did not appear within 30 s");
            await Task.Delay(100);
        }

        return (await File.ReadAllTextAsync(platform.DemoApiKeyFile)).Trim();
    }
}
