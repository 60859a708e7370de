using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Tests.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Import;

/// <summary>
/// Tiny models with a DINOv2 backbone, and checkpoints in the published layouts. The layouts are spelled
/// out here by hand (not derived from the importer's mapping), so a wrong mapping cannot pass.
/// </summary>
internal static class ImportFixtures
{
    public const int VitDim = TinyConfig.FeatureSize;
    public const int VitDepth = 3;
    public const int LoraBlock = 2;
    private const int Patch = 14;
    private const int Grid = 2;
    private const int MlpRatio = 4;

    public static ModelConfig TinyDinoV2() => TinyConfig.Create() with
    {
        Name = "tiny-dinov2",
        Spatial = TinyConfig.Create().Spatial with
        {
            Backbone = SpatialBackbone.DinoV2VitS14,
            LoraBlocks = [LoraBlock],
            VisionTransformer = new VisionTransformerConfig(ImageSize: Grid * Patch, PatchSize: Patch, Dim: VitDim, Depth: VitDepth, Heads: 2, MlpRatio: MlpRatio),
        },
    };

    public static Sign2GptModel NewModel(int seed)
    {
        random.manual_seed(seed);
        var model = new Sign2GptModel(TinyDinoV2(), pseudoGlossVocabulary: 6);
        model.eval();
        return model;
    }

    /// <summary>Random tensors under Meta's DINOv2 names, at the tiny ViT's sizes.</summary>
    public static List<(string Name, Tensor Tensor)> DinoV2Checkpoint(int seed)
    {
        random.manual_seed(seed);
        const int d = VitDim;
        const int hidden = d * MlpRatio;
        var tensors = new List<(string, Tensor)>
        {
            ("cls_token", randn(1, 1, d)),
            ("pos_embed", randn(1, 1 + (Grid * Grid), d)),
            ("mask_token", randn(1, d)),
            ("patch_embed.proj.weight", randn(d, 3, Patch, Patch)),
            ("patch_embed.proj.bias", randn(d)),
        };
        for (var i = 0; i < VitDepth; i++)
        {
            tensors.AddRange([
                ($"blocks.{i}.norm1.weight", randn(d)),
                ($"blocks.{i}.norm1.bias", randn(d)),
                ($"blocks.{i}.attn.qkv.weight", randn(3 * d, d)),
                ($"blocks.{i}.attn.qkv.bias", randn(3 * d)),
                ($"blocks.{i}.attn.proj.weight", randn(d, d)),
                ($"blocks.{i}.attn.proj.bias", randn(d)),
                ($"blocks.{i}.ls1.gamma", randn(d)),
                ($"blocks.{i}.norm2.weight", randn(d)),
                ($"blocks.{i}.norm2.bias", randn(d)),
                ($"blocks.{i}.mlp.fc1.weight", randn(hidden, d)),
                ($"blocks.{i}.mlp.fc1.bias", randn(hidden)),
                ($"blocks.{i}.mlp.fc2.weight", randn(d, hidden)),
                ($"blocks.{i}.mlp.fc2.bias", randn(d)),
                ($"blocks.{i}.ls2.gamma", randn(d)),
            ]);
        }

        tensors.AddRange([("norm.weight", randn(d)), ("norm.bias", randn(d))]);
        return tensors;
    }

    /// <summary>The model's own language-model base weights under Hugging Face XGLMForCausalLM names.</summary>
    public static List<(string Name, Tensor Tensor)> XglmCheckpointOf(Sign2GptModel model, bool withPrefix = true, bool withHead = true)
    {
        var parameters = Parameters(model);
        var prefix = withPrefix ? "model." : "";
        var tensors = new List<(string, Tensor)> { ($"{prefix}embed_tokens.weight", parameters["language_model.embed_tokens.weight"]) };
        for (var i = 0; i < model.Config.Decoder.Layers; i++)
        {
            var layer = $"language_model.layers.{i}.";
            foreach (var projection in new[] { "q_proj", "k_proj", "v_proj", "out_proj" })
            {
                tensors.Add(($"{prefix}layers.{i}.self_attn.{projection}.weight", parameters[$"{layer}self_attn.{projection}.base_layer.weight"]));
                tensors.Add(($"{prefix}layers.{i}.self_attn.{projection}.bias", parameters[$"{layer}self_attn.{projection}.base_layer.bias"]));
            }

            foreach (var module in new[] { "self_attn_layer_norm", "fc1", "fc2", "final_layer_norm" })
            {
                tensors.Add(($"{prefix}layers.{i}.{module}.weight", parameters[$"{layer}{module}.weight"]));
                tensors.Add(($"{prefix}layers.{i}.{module}.bias", parameters[$"{layer}{module}.bias"]));
            }
        }

        tensors.Add(($"{prefix}layer_norm.weight", parameters["language_model.layer_norm.weight"]));
        tensors.Add(($"{prefix}layer_norm.bias", parameters["language_model.layer_norm.bias"]));
        if (withHead)
        {
            tensors.Add(("lm_head.weight", parameters["language_model.embed_tokens.weight"]));
        }

        return tensors;
    }

    public static Dictionary<string, Tensor> Parameters(Sign2GptModel model) =>
        model.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);

    /// <summary>A detached copy of every parameter, to tell later which ones changed.</summary>
    public static Dictionary<string, Tensor> Snapshot(Sign2GptModel model) =>
        model.named_parameters().ToDictionary(p => p.name, p => p.parameter.detach().clone());

    public static bool Same(Tensor a, Tensor b) => a.shape.SequenceEqual(b.shape) && a.allclose(b, rtol: 0, atol: 0);

    public static List<string> ChangedSince(Sign2GptModel model, Dictionary<string, Tensor> snapshot) =>
        model.named_parameters().Where(p => !Same(p.parameter, snapshot[p.name])).Select(p => p.name).ToList();
}
