namespace Sign2Gpt.Inference.Adapters;

/// <summary>
/// The contents of an ONNX Runtime <c>.onnx_adapter</c> file: the tensors that replace a model's LoRA
/// inputs, plus the two version numbers the file records. <see cref="ModelVersion"/> names the base
/// model build the adapter was trained against; the platform refuses an adapter whose number differs
/// from the loaded bundle's. Equality compares contents.
/// </summary>
public sealed record LoraAdapter
{
    private readonly LoraParameter[] _parameters;

    public LoraAdapter(int adapterVersion, int modelVersion, IReadOnlyList<LoraParameter> parameters)
    {
        if (FindProblem(parameters) is { } problem)
        {
            throw new ArgumentException(problem, nameof(parameters));
        }

        AdapterVersion = adapterVersion;
        ModelVersion = modelVersion;
        _parameters = [.. parameters];
    }

    public int AdapterVersion { get; }

    public int ModelVersion { get; }

    public IReadOnlyList<LoraParameter> Parameters => _parameters;

    public bool Equals(LoraAdapter? other) =>
        other is not null
        && AdapterVersion == other.AdapterVersion
        && ModelVersion == other.ModelVersion
        && _parameters.AsSpan().SequenceEqual(other._parameters);

    public override int GetHashCode() => HashCode.Combine(AdapterVersion, ModelVersion, _parameters.Length);

    /// <summary>
    /// What makes this parameter list unusable, or null. ONNX Runtime keeps one of two same-named
    /// parameters without saying which, so the file reader refuses them as well.
    /// </summary>
    internal static string? FindProblem(IReadOnlyList<LoraParameter> parameters)
    {
        var duplicate = parameters.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? null : $"parameter '{duplicate.Key}' appears {duplicate.Count()} times";
    }

    public override string ToString() =>
        $"adapter v{AdapterVersion} for model v{ModelVersion}: {string.Join("; ", _parameters.Select(p => p.ToString()))}";
}
