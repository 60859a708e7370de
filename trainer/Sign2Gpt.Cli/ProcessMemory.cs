namespace Sign2Gpt.Cli;

/// <summary>Resident memory of a process from /proc (Linux): current and peak (high-water mark).</summary>
internal static class ProcessMemory
{
    public static double PeakResidentMegabytes() => Read("VmHWM:");

    public static double ResidentMegabytes() => Read("VmRSS:");

    /// <summary>Current resident memory of another process, e.g. a silo this process started.</summary>
    public static double ResidentMegabytes(int processId) => Read("VmRSS:", $"/proc/{processId}/status");

    private static double Read(string field, string status = "/proc/self/status")
    {
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }
}
