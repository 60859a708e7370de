using System.Diagnostics.CodeAnalysis;

namespace Sign2Gpt.Silo.Serving;

/// <summary>
/// Names one device of one silo incarnation ("cuda:0@127.0.0.1:11111@123456"). A restarted silo is a new address,
/// so a worker never outlives the process whose device it owns.
/// </summary>
public readonly record struct InferenceWorkerKey(string Device, SiloAddress Silo)
{
    public override string ToString() => $"{Device}@{Silo.ToParsableString()}";

    public static bool TryParse(string key, [NotNullWhen(true)] out InferenceWorkerKey? parsed)
    {
        parsed = null;
        var at = key.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        try
        {
            parsed = new InferenceWorkerKey(key[..at], SiloAddress.FromParsableString(key[(at + 1)..]));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
