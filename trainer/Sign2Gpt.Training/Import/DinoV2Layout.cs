namespace Sign2Gpt.Training.Import;

/// <summary>
/// DINOv2 ViT-S/14 as Meta's release and timm name it (patch_embed.proj.*, blocks.N.attn.qkv.*,
/// blocks.N.ls1.gamma, ...) → spatial.vit.* of the model. timm drops mask_token when it converts the
/// release, so it is optional here: it only serves DINOv2's masked-image pretraining and is never
/// read by this model's forward pass. The register variants (register_tokens) and the Hugging Face
/// transformers layout (embeddings.*, encoder.layer.*) are different architectures or spellings and
/// are reported as unexpected tensors.
/// </summary>
public sealed class DinoV2Layout : ICheckpointLayout
{
    /// <summary>Model module names that differ from the checkpoint's; every other segment is spelled the same.</summary>
    private static readonly Dictionary<string, string> Renames = new(StringComparer.Ordinal)
    {
        ["patch_embed"] = "patch_embed.proj",
        ["attn_qkv"] = "attn.qkv",
        ["attn_proj"] = "attn.proj",
        ["mlp_fc1"] = "mlp.fc1",
        ["mlp_fc2"] = "mlp.fc2",
        ["ls1"] = "ls1.gamma",
        ["ls2"] = "ls2.gamma",
    };

    public static DinoV2Layout Instance { get; } = new();

    public string Description => "DINOv2 ViT-S/14";

    public string ModelPrefix => "spatial.vit.";

    public IReadOnlySet<string> Optional { get; } = new HashSet<string>(StringComparer.Ordinal) { "mask_token" };

    public IReadOnlyDictionary<string, string> Tied { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>LoRA-wrapped layers hold the pretrained weight in their base_layer, which the checkpoint does not name.</summary>
    public string FileNameOf(string modelName) => string.Join('.', modelName.Split('.')
        .Where(segment => segment != "base_layer")
        .Select(segment => Renames.GetValueOrDefault(segment, segment)));

    public string Canonical(string fileName) => fileName;
}
