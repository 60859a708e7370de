namespace Sign2Gpt.Training.Import;

/// <summary>
/// How the tensor names of one published checkpoint layout correspond to a part of the model. Only
/// base (pretrained) weights are covered: LoRA tensors and cross-attention gates are never in a
/// published checkpoint and keep their initial values.
/// </summary>
public interface ICheckpointLayout
{
    /// <summary>What the checkpoint is, for messages, e.g. "DINOv2 ViT-S/14".</summary>
    string Description { get; }

    /// <summary>The model parameter names this layout fills start with this, e.g. "spatial.vit.".</summary>
    string ModelPrefix { get; }

    /// <summary>The file's name, in canonical spelling, for a model parameter name relative to <see cref="ModelPrefix"/>.</summary>
    string FileNameOf(string modelName);

    /// <summary>The canonical spelling of a name found in a file (layouts that allow variants map them to one).</summary>
    string Canonical(string fileName);

    /// <summary>Canonical names a file may leave out; the model keeps its own value for them.</summary>
    IReadOnlySet<string> Optional { get; }

    /// <summary>Canonical names of tied copies a file may carry, each mapped to the canonical name it must equal.</summary>
    IReadOnlyDictionary<string, string> Tied { get; }
}
