namespace Sign2Gpt.Cli;

/// <summary>Resident memory of this process from /proc (Linux): current and peak (high-water mark).</summary>
internal static class ProcessMemory
{
    public static double PeakResidentMegabytes() => Read("VmHWM:");

    public static double ResidentMegabytes() => Read("VmRSS:");

    private static double Read(string field)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }
}
