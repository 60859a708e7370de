using Sign2Gpt.Platform.Tests.Infrastructure;
using Sign2Gpt.Silo.Serving;

namespace Sign2Gpt.Platform.Tests.Serving;

/// <summary>Inference workers on a two-silo cluster whose second silo is tagged as a GPU silo.</summary>
public sealed class InferencePlacementTests(GpuTaggedCluster platform) : IClassFixture<GpuTaggedCluster>
{
    [Fact]
    public async Task A_gpu_worker_activates_only_on_the_silo_whose_metadata_lists_that_gpu()
    {
        var gpu = Worker("cuda:0", platform.GpuSilo);
        var status = await gpu.GetStatusAsync();
        Assert.Equal(("cuda:0", platform.GpuSilo.SiloAddress.ToParsableString()), (status.Device, status.Silo));

        var cpu = await Worker("cpu", platform.CpuSilo).GetStatusAsync();
        Assert.Equal(("cpu", platform.CpuSilo.SiloAddress.ToParsableString()), (cpu.Device, cpu.Silo));

        // Neither silo may host a device it does not list: placement finds no silo and the call fails.
        await Assert.ThrowsAnyAsync<Exception>(() => Worker("cuda:0", platform.CpuSilo).GetStatusAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => Worker("cpu", platform.GpuSilo).GetStatusAsync());
        Assert.Equal("cpu", (await Worker("cpu", platform.CpuSilo).GetStatusAsync()).Device);
    }

    private IInferenceGrain Worker(string device, Orleans.TestingHost.SiloHandle silo) =>
        platform.Cluster.GrainFactory.GetGrain<IInferenceGrain>(new InferenceWorkerKey(device, silo.SiloAddress).ToString());

}
