using Sign2Gpt.Training.Import;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Tests.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Import;

public sealed class DinoV2ImportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sign2gpt-import-").FullName;

    [Fact]
    public void Every_backbone_weight_comes_from_the_file_under_its_DINOv2_name()
    {
        using var model = ImportFixtures.NewModel(1);
        var file = ImportFixtures.DinoV2Checkpoint(seed: 2).ToDictionary(t => t.Name, t => t.Tensor);
        var path = Write("dinov2.safetensors", ImportFixtures.DinoV2Checkpoint(seed: 2));

        var summary = PretrainedImport.DinoV2(model, path);

        var parameters = ImportFixtures.Parameters(model);
        var lora = ImportFixtures.LoraBlock;
        var expected = new Dictionary<string, string>
        {
            ["spatial.vit.patch_embed.weight"] = "patch_embed.proj.weight",
            ["spatial.vit.patch_embed.bias"] = "patch_embed.proj.bias",
            ["spatial.vit.cls_token"] = "cls_token",
            ["spatial.vit.pos_embed"] = "pos_embed",
            ["spatial.vit.mask_token"] = "mask_token",
            ["spatial.vit.blocks.0.attn_qkv.weight"] = "blocks.0.attn.qkv.weight",
            ["spatial.vit.blocks.1.attn_proj.bias"] = "blocks.1.attn.proj.bias",
            ["spatial.vit.blocks.1.ls1"] = "blocks.1.ls1.gamma",
            ["spatial.vit.blocks.0.ls2"] = "blocks.0.ls2.gamma",
            ["spatial.vit.blocks.1.norm2.weight"] = "blocks.1.norm2.weight",
            [$"spatial.vit.blocks.{lora}.attn_qkv.base_layer.weight"] = $"blocks.{lora}.attn.qkv.weight",
            [$"spatial.vit.blocks.{lora}.mlp_fc1.base_layer.weight"] = $"blocks.{lora}.mlp.fc1.weight",
            [$"spatial.vit.blocks.{lora}.mlp_fc2.base_layer.bias"] = $"blocks.{lora}.mlp.fc2.bias",
            [$"spatial.vit.blocks.{lora}.norm1.bias"] = $"blocks.{lora}.norm1.bias",
            ["spatial.vit.norm.weight"] = "norm.weight",
            ["spatial.vit.norm.bias"] = "norm.bias",
        };
        Assert.All(expected, pair => Assert.True(ImportFixtures.Same(parameters[pair.Key], file[pair.Value]), $"{pair.Key} should equal the file's {pair.Value}"));
        Assert.Equal(file.Count, summary.Tensors);
        Assert.Equal(file.Values.Sum(t => t.numel()), summary.Values);
        Assert.Empty(summary.KeptFromModel);
    }

    [Fact]
    public void Only_the_pretrained_backbone_changes_LoRA_and_everything_else_keep_their_values()
    {
        using var model = ImportFixtures.NewModel(1);
        var before = ImportFixtures.Snapshot(model);

        PretrainedImport.DinoV2(model, Write("dinov2.safetensors", ImportFixtures.DinoV2Checkpoint(seed: 2)));

        var changed = ImportFixtures.ChangedSince(model, before);
        var backbone = before.Keys.Where(n => n.StartsWith("spatial.vit.", StringComparison.Ordinal) && !n.Contains(".lora.", StringComparison.Ordinal));
        Assert.Equal(backbone.Order(), changed.Order());
        Assert.Contains($"spatial.vit.blocks.{ImportFixtures.LoraBlock}.attn_qkv.lora.lora_A", before.Keys);
    }

    [Fact]
    public void A_timm_file_without_mask_token_imports_and_the_model_keeps_its_own()
    {
        using var model = ImportFixtures.NewModel(1);
        var maskBefore = ImportFixtures.Parameters(model)["spatial.vit.mask_token"].clone();
        var timm = ImportFixtures.DinoV2Checkpoint(seed: 2).Where(t => t.Name != "mask_token").ToList();

        var summary = PretrainedImport.DinoV2(model, Write("timm.safetensors", timm));

        Assert.Equal(["mask_token"], summary.KeptFromModel);
        Assert.True(ImportFixtures.Same(ImportFixtures.Parameters(model)["spatial.vit.mask_token"], maskBefore));
        Assert.True(ImportFixtures.Same(ImportFixtures.Parameters(model)["spatial.vit.cls_token"], timm.Single(t => t.Name == "cls_token").Tensor));
    }

    [Fact]
    public void Half_precision_weights_are_converted_to_the_models_dtype()
    {
        using var model = ImportFixtures.NewModel(1);
        var half = ImportFixtures.DinoV2Checkpoint(seed: 2).Select(t => (t.Name, t.Tensor.to_type(ScalarType.Float16))).ToList();

        PretrainedImport.DinoV2(model, Write("dinov2-f16.safetensors", half));

        var qkv = ImportFixtures.Parameters(model)["spatial.vit.blocks.0.attn_qkv.weight"];
        Assert.Equal(ScalarType.Float32, qkv.dtype);
        Assert.True(ImportFixtures.Same(qkv, half.Single(t => t.Name == "blocks.0.attn.qkv.weight").Item2.to_type(ScalarType.Float32)));
    }

    [Fact]
    public void A_missing_tensor_is_named_and_nothing_is_imported()
    {
        using var model = ImportFixtures.NewModel(1);
        var before = ImportFixtures.Snapshot(model);
        var checkpoint = ImportFixtures.DinoV2Checkpoint(seed: 2).Where(t => t.Name != "blocks.1.mlp.fc1.bias").ToList();

        var error = Assert.Throws<PretrainedImportException>(() => PretrainedImport.DinoV2(model, Write("missing.safetensors", checkpoint)));

        Assert.Equal(["missing tensor blocks.1.mlp.fc1.bias (for spatial.vit.blocks.1.mlp_fc1.bias [64])"], error.Problems);
        Assert.Contains("nothing was imported", error.Message, StringComparison.Ordinal);
        Assert.Empty(ImportFixtures.ChangedSince(model, before));
    }

    [Fact]
    public void A_wrong_shape_is_named_with_both_shapes_and_nothing_is_imported()
    {
        using var model = ImportFixtures.NewModel(1);
        var before = ImportFixtures.Snapshot(model);
        var checkpoint = ImportFixtures.DinoV2Checkpoint(seed: 2)
            .Select(t => t.Name == "blocks.2.attn.qkv.weight" ? (t.Name, randn(48, 8)) : t).ToList();

        var error = Assert.Throws<PretrainedImportException>(() => PretrainedImport.DinoV2(model, Write("shape.safetensors", checkpoint)));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("blocks.2.attn.qkv.weight is [48, 8] but the model expects [48, 16] (spatial.vit.blocks.2.attn_qkv.base_layer.weight)", problem);
        Assert.Empty(ImportFixtures.ChangedSince(model, before));
    }

    [Fact]
    public void An_unexpected_tensor_is_named_and_nothing_is_imported()
    {
        using var model = ImportFixtures.NewModel(1);
        var before = ImportFixtures.Snapshot(model);
        var checkpoint = ImportFixtures.DinoV2Checkpoint(seed: 2);
        checkpoint.Add(("register_tokens", randn(1, 4, ImportFixtures.VitDim)));

        var error = Assert.Throws<PretrainedImportException>(() => PretrainedImport.DinoV2(model, Write("extra.safetensors", checkpoint)));

        Assert.Equal(["unexpected tensor register_tokens [1, 4, 16]: the model has no place for it"], error.Problems);
        Assert.Empty(ImportFixtures.ChangedSince(model, before));
    }

    [Fact]
    public void All_problems_are_reported_together()
    {
        using var model = ImportFixtures.NewModel(1);
        var checkpoint = ImportFixtures.DinoV2Checkpoint(seed: 2)
            .Where(t => t.Name != "norm.bias")
            .Select(t => t.Name == "blocks.0.ls1.gamma" ? (t.Name, randn(8)) : t)
            .Select(t => t.Name == "blocks.1.ls2.gamma" ? (t.Name, ones(ImportFixtures.VitDim, dtype: int64)) : t)
            .Append(("head.weight", randn(10, ImportFixtures.VitDim)))
            .ToList();

        var error = Assert.Throws<PretrainedImportException>(() => PretrainedImport.DinoV2(model, Write("many.safetensors", checkpoint)));

        Assert.Equal(4, error.Problems.Count);
        Assert.Contains("missing tensor norm.bias", error.Problems[0], StringComparison.Ordinal);
        Assert.Contains("blocks.0.ls1.gamma is [8] but the model expects [16]", error.Message, StringComparison.Ordinal);
        Assert.Contains("blocks.1.ls2.gamma is I64", error.Message, StringComparison.Ordinal);
        Assert.Contains("unexpected tensor head.weight", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_a_ViT_backbone_is_refused()
    {
        random.manual_seed(1);
        using var model = new Sign2GptModel(TinyConfig.Create(), pseudoGlossVocabulary: 6);

        var error = Assert.Throws<ArgumentException>(() => PretrainedImport.DinoV2(model, Write("dinov2.safetensors", ImportFixtures.DinoV2Checkpoint(seed: 2))));

        Assert.Contains("'tiny' has no parameters under 'spatial.vit.'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, IEnumerable<(string Name, Tensor Tensor)> tensors)
    {
        var path = Path.Combine(_directory, name);
        SafetensorsTestFile.Write(path, tensors);
        return path;
    }
}
