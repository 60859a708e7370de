using System.Globalization;

namespace Sign2Gpt.Training.Runs;

/// <summary>Resident memory of a process from /proc (Linux): current and peak (high-water mark), as training runs and benchmarks report it.</summary>
public static class ProcessMemory
{
    public static double PeakResidentMegabytes() => Read("VmHWM:");

    public static double ResidentMegabytes() => Read("VmRSS:");

    /// <summary>Current resident memory of another process, e.g. a silo this process started.</summary>
    public static double ResidentMegabytes(int processId) => Read("VmRSS:", $"/proc/{processId}/status");

    /// <summary>
    /// Megabytes in a status line such as "VmHWM:\t    1948 kB". The kernel pads the number to eight columns after
    /// the tab, so from 10 GB on ("VmHWM:\t10229120 kB") no space follows the field name.
    /// </summary>
    public static double ParseMegabytes(string line, string field)
    {
        var value = line[field.Length..].Trim();
        var number = value.EndsWith(" kB", StringComparison.Ordinal) ? value[..^3].TrimEnd() : value;
        return long.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture) / 1024.0;
    }

    private static double Read(string field, string status = "/proc/self/status")
    {
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? double.NaN : ParseMegabytes(line, field);
    }
}
