using Sign2Gpt.Training.Runs;

namespace Sign2Gpt.Training.Tests.Runs;

public sealed class ProcessMemoryTests
{
    [Theory]
    [InlineData("VmHWM:\t    1948 kB", 1948 / 1024.0)]
    [InlineData("VmHWM:\t 9816000 kB", 9816000 / 1024.0)]
    [InlineData("VmHWM:\t10229120 kB", 10229120 / 1024.0)]
    public void A_status_line_reads_as_megabytes_whatever_the_padding(string line, double megabytes) =>
        Assert.Equal(megabytes, ProcessMemory.ParseMegabytes(line, "VmHWM:"), 6);

    [Fact]
    public void This_process_has_a_peak_at_least_as_high_as_its_current_resident_memory()
    {
        var current = ProcessMemory.ResidentMegabytes();
        Assert.InRange(current, 1, 1_000_000);
        Assert.True(ProcessMemory.PeakResidentMegabytes() >= current);
    }
}
