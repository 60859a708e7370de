namespace Sign2Gpt.Inference.Adapters;

/// <summary>An adapter that must not be activated on the loaded model, with every reason why.</summary>
public sealed class IncompatibleAdapterException(int adapterVersion, IReadOnlyList<string> problems)
    : Exception($"Adapter version {adapterVersion} cannot run on the loaded model: {string.Join("; ", problems)}.")
{
    public int AdapterVersion { get; } = adapterVersion;

    public IReadOnlyList<string> Problems { get; } = problems;
}
