using Microsoft.ML.OnnxRuntime;

namespace Sign2Gpt.Inference.Adapters;

/// <summary>
/// Decides whether an adapter may be activated on a loaded model, before any traffic is routed to it.
/// ONNX Runtime would only find a wrong shape or type at the first Run that uses the adapter, and would
/// not notice an adapter trained against a different base model at all.
/// </summary>
public static class AdapterCompatibility
{
    /// <summary>Every reason <paramref name="adapter"/> cannot run on <paramref name="session"/>; empty when it can.</summary>
    /// <param name="expectedModelVersion">The base model version of the loaded bundle, which the adapter must have been trained against.</param>
    public static IReadOnlyList<string> FindProblems(LoraAdapter adapter, InferenceSession session, int expectedModelVersion)
    {
        var problems = new List<string>();
        if (adapter.ModelVersion != expectedModelVersion)
        {
            problems.Add($"the adapter was trained for model version {adapter.ModelVersion} but the loaded model is version {expectedModelVersion}");
        }

        foreach (var parameter in adapter.Parameters)
        {
            if (session.OverridableInitializerMetadata.TryGetValue(parameter.Name, out var input))
            {
                problems.AddRange(Mismatches(parameter, input));
            }
            else if (session.InputMetadata.ContainsKey(parameter.Name))
            {
                // Such an input has no default, so every Run without this adapter would fail.
                problems.Add($"parameter '{parameter.Name}' names a model input without a default value; an adapter may only replace LoRA weights (inputs that also have initializers)");
            }
            else
            {
                problems.Add($"unknown parameter '{parameter.Name}': the model has no LoRA input of that name");
            }
        }

        return problems;
    }

    /// <exception cref="IncompatibleAdapterException">Listing every problem <see cref="FindProblems"/> found.</exception>
    public static void EnsureCompatible(LoraAdapter adapter, InferenceSession session, int expectedModelVersion)
    {
        var problems = FindProblems(adapter, session, expectedModelVersion);
        if (problems.Count > 0)
        {
            throw new IncompatibleAdapterException(adapter.AdapterVersion, problems);
        }
    }

    private static IEnumerable<string> Mismatches(LoraParameter parameter, NodeMetadata input)
    {
        if (!input.IsTensor)
        {
            yield return $"parameter '{parameter.Name}' replaces a model input that is not a tensor ({input.OnnxValueType})";
            yield break;
        }

        var expectedType = (LoraDataType)(int)input.ElementDataType;
        if (parameter.DataType != expectedType)
        {
            yield return $"parameter '{parameter.Name}' is {parameter.DataType} but the model expects {expectedType}";
        }

        // A negative dimension is symbolic and accepts any size.
        var dims = input.Dimensions;
        var fits = parameter.Dims.Length == dims.Length
            && parameter.Dims.Zip(dims).All(pair => pair.Second < 0 || pair.First == pair.Second);
        if (!fits)
        {
            yield return $"parameter '{parameter.Name}' has shape {LoraParameter.FormatShape(parameter.Dims)} but the model expects {FormatShape(input)}";
        }
    }

    private static string FormatShape(NodeMetadata input) =>
        $"[{string.Join(',', input.Dimensions.Select((dim, i) => dim >= 0 ? dim.ToString(System.Globalization.CultureInfo.InvariantCulture) : Symbol(input, i)))}]";

    private static string Symbol(NodeMetadata input, int axis) =>
        input.SymbolicDimensions.ElementAtOrDefault(axis) is { Length: > 0 } name ? name : "?";
}
