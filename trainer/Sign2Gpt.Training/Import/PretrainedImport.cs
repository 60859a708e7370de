using Sign2Gpt.Training.Model;
using TorchSharp;
using TorchSharp.Modules;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Import;

/// <summary>
/// Imports published pretrained weights (safetensors) into the base weights of a <see cref="Sign2GptModel"/>:
/// DINOv2 ViT-S/14 into the spatial backbone, XGLM into the language model. Every covered parameter must
/// be in the file with the model's exact shape and a floating-point dtype (converted to the model's), and
/// the file may hold nothing else; all problems are collected from the header and reported together
/// before a single value is copied, so a checkpoint that does not fit leaves the model as it was. Only a
/// read failure in data the header already vouched for (a file changed mid-import) could stop halfway.
/// </summary>
public static class PretrainedImport
{
    public static ImportSummary DinoV2(Sign2GptModel model, string path) => Import(model, path, DinoV2Layout.Instance);

    public static ImportSummary Xglm(Sign2GptModel model, string path) => Import(model, path, XglmLayout.Instance);

    /// <exception cref="PretrainedImportException">The file's names, shapes, dtypes or tied copies do not fit the model.</exception>
    /// <exception cref="InvalidDataException">The file is not a well-formed safetensors file.</exception>
    /// <exception cref="ArgumentException">The model has no part for this layout (e.g. DINOv2 into a ResNet18-feature config).</exception>
    public static ImportSummary Import(Sign2GptModel model, string path, ICheckpointLayout layout)
    {
        var header = SafetensorsHeader.Read(path);
        var targets = model.named_parameters()
            .Where(p => p.name.StartsWith(layout.ModelPrefix, StringComparison.Ordinal) && !ParameterRoles.IsAdapter(p.name))
            .ToDictionary(p => layout.FileNameOf(p.name[layout.ModelPrefix.Length..]), p => (Name: p.name, Parameter: p.parameter), StringComparer.Ordinal);
        if (targets.Count == 0)
        {
            throw new ArgumentException(
                $"Config '{model.Config.Name}' has no parameters under '{layout.ModelPrefix}', so there is nothing to import a {layout.Description} checkpoint into.",
                nameof(model));
        }

        var found = Validate(header, targets, layout);
        CheckTies(header, found, layout);

        var imported = targets.Where(t => found.ContainsKey(t.Key)).ToList();
        using (no_grad())
        {
            foreach (var (fileName, (_, parameter)) in imported)
            {
                // One tensor at a time, so the peak extra memory is the largest tensor, not the whole file.
                using var loaded = Load(path, found[fileName].Name);
                parameter.copy_(loaded);
            }
        }

        return new ImportSummary(
            layout.Description,
            imported.Count,
            imported.Sum(t => t.Value.Parameter.numel()),
            targets.Keys.Where(k => !found.ContainsKey(k)).ToList(),
            layout.Tied.Keys.Where(found.ContainsKey).ToList());
    }

    /// <summary>Checks names, shapes and dtypes against the header alone; returns the file's entries by canonical name.</summary>
    private static Dictionary<string, SafetensorsEntry> Validate(
        SafetensorsHeader header,
        Dictionary<string, (string Name, Parameter Parameter)> targets,
        ICheckpointLayout layout)
    {
        var found = new Dictionary<string, SafetensorsEntry>(StringComparer.Ordinal);
        var missing = new List<string>();
        var mismatched = new List<string>();
        var unexpected = new List<string>();
        foreach (var entry in header.Tensors)
        {
            var canonical = layout.Canonical(entry.Name);
            if (!found.TryAdd(canonical, entry))
            {
                unexpected.Add($"{entry.Name} is a second copy of {found[canonical].Name}");
            }
            else if (!targets.ContainsKey(canonical) && !layout.Tied.ContainsKey(canonical))
            {
                unexpected.Add($"unexpected tensor {entry.Name} {Shape(entry.Shape)}: the model has no place for it");
            }
        }

        foreach (var (fileName, (modelName, parameter)) in targets)
        {
            if (found.TryGetValue(fileName, out var entry))
            {
                CheckFits(entry, parameter.shape, modelName, mismatched);
            }
            else if (!layout.Optional.Contains(fileName))
            {
                missing.Add($"missing tensor {fileName} (for {modelName} {Shape(parameter.shape)})");
            }
        }

        foreach (var (tied, source) in layout.Tied)
        {
            if (found.TryGetValue(tied, out var copy) && targets.TryGetValue(source, out var target))
            {
                CheckFits(copy, target.Parameter.shape, $"its tie {source}", mismatched);
            }
        }

        List<string> problems = [.. missing, .. mismatched, .. unexpected];
        return problems.Count == 0 ? found : throw new PretrainedImportException(layout.Description, header.Path, problems);
    }

    private static void CheckFits(SafetensorsEntry entry, long[] expected, string modelName, List<string> problems)
    {
        if (!entry.Shape.SequenceEqual(expected))
        {
            problems.Add($"{entry.Name} is {Shape(entry.Shape)} but the model expects {Shape(expected)} ({modelName})");
        }

        if (!SafetensorsHeader.IsFloatingPoint(entry.DType))
        {
            problems.Add($"{entry.Name} is {entry.DType}; only floating-point tensors (F64, F32, F16, BF16) can be imported");
        }
    }

    /// <summary>A tied copy (e.g. lm_head.weight) is only accepted when it is bitwise equal to what the model ties it to.</summary>
    private static void CheckTies(SafetensorsHeader header, Dictionary<string, SafetensorsEntry> found, ICheckpointLayout layout)
    {
        foreach (var (tied, source) in layout.Tied)
        {
            if (!found.TryGetValue(tied, out var copy) || !found.TryGetValue(source, out var original))
            {
                continue;
            }

            using var copyValues = Load(header.Path, copy.Name);
            using var originalValues = Load(header.Path, original.Name);
            using var converted = copyValues.to_type(originalValues.dtype);
            if (!converted.allclose(originalValues, rtol: 0, atol: 0))
            {
                throw new PretrainedImportException(layout.Description, header.Path,
                    [$"{copy.Name} differs from {original.Name}, but the model ties them (its output projection is its token embedding matrix)"]);
            }
        }
    }

    private static Tensor Load(string path, string name) => Safetensors.LoadStateDict(path, [name])[name];

    private static string Shape(IEnumerable<long> shape) => $"[{string.Join(", ", shape)}]";
}
