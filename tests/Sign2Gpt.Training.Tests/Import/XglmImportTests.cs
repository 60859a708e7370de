using Sign2Gpt.Training.Import;
using Sign2Gpt.Training.Model;
using TorchSharp;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Import;

public sealed class XglmImportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sign2gpt-import-").FullName;

    [Fact]
    public void A_model_exported_in_the_XGLM_layout_and_imported_into_a_fresh_one_gives_the_same_logits()
    {
        using var source = ImportFixtures.NewModel(1);
        Perturb(source);
        using var tokens = tensor(new long[] { 2, 5, 9, 13, 2, 7, 30, 39 }, [2, 4]);
        using var expected = source.Language.forward(tokens, null, null);
        var path = Path.Combine(_directory, "xglm.safetensors");
        // PyBridge's writer here and the spec-following test writer elsewhere: the importer must read both.
        Safetensors.SaveStateDict(path, ImportFixtures.XglmCheckpointOf(source).ToDictionary(t => t.Name, t => t.Tensor));
        using var target = ImportFixtures.NewModel(2);
        using var before = target.Language.forward(tokens, null, null);

        var summary = PretrainedImport.Xglm(target, path);

        using var after = target.Language.forward(tokens, null, null);
        Assert.True((before - expected).abs().max().item<float>() > 1e-3, "the fresh model must differ before the import");
        Assert.True((after - expected).abs().max().item<float>() < 1e-6);
        Assert.Equal(["lm_head.weight"], summary.CheckedTies);
        Assert.Equal(1 + (source.Config.Decoder.Layers * 16) + 2, summary.Tensors);
    }

    [Fact]
    public void Only_base_weights_change_LoRA_adapters_and_gates_keep_their_values()
    {
        using var source = ImportFixtures.NewModel(1);
        Perturb(source);
        using var target = ImportFixtures.NewModel(2);
        var before = ImportFixtures.Snapshot(target);

        PretrainedImport.Xglm(target, Write("xglm.safetensors", ImportFixtures.XglmCheckpointOf(source)));

        var changed = ImportFixtures.ChangedSince(target, before);
        var expected = before.Keys.Where(n => n.StartsWith("language_model.", StringComparison.Ordinal) && !ParameterRoles.IsAdapter(n));
        Assert.Equal(expected.Order(), changed.Order());
        Assert.Contains(before.Keys, n => n.EndsWith(".self_attn.cross_k.lora_A", StringComparison.Ordinal));
        Assert.Contains("language_model.layers.1.self_attn.gate", before.Keys);
        Assert.True(ImportFixtures.Same(
            ImportFixtures.Parameters(target)["language_model.layers.1.self_attn.q_proj.base_layer.weight"],
            ImportFixtures.Parameters(source)["language_model.layers.1.self_attn.q_proj.base_layer.weight"]));
    }

    [Fact]
    public void Names_without_the_model_prefix_and_without_lm_head_import_too()
    {
        using var source = ImportFixtures.NewModel(1);
        Perturb(source);
        using var target = ImportFixtures.NewModel(2);

        var summary = PretrainedImport.Xglm(target, Write("bare.safetensors", ImportFixtures.XglmCheckpointOf(source, withPrefix: false, withHead: false)));

        Assert.Empty(summary.CheckedTies);
        Assert.True(ImportFixtures.Same(
            ImportFixtures.Parameters(target)["language_model.layers.0.final_layer_norm.bias"],
            ImportFixtures.Parameters(source)["language_model.layers.0.final_layer_norm.bias"]));
    }

    [Fact]
    public void An_lm_head_that_differs_from_the_embeddings_is_refused_and_nothing_is_imported()
    {
        using var source = ImportFixtures.NewModel(1);
        using var target = ImportFixtures.NewModel(2);
        var before = ImportFixtures.Snapshot(target);
        var checkpoint = ImportFixtures.XglmCheckpointOf(source)
            .Select(t => t.Name == "lm_head.weight" ? (t.Name, t.Tensor + 0.5f) : t).ToList();

        var error = Assert.Throws<PretrainedImportException>(() => PretrainedImport.Xglm(target, Write("untied.safetensors", checkpoint)));

        Assert.Contains("lm_head.weight differs from model.embed_tokens.weight", Assert.Single(error.Problems), StringComparison.Ordinal);
        Assert.Empty(ImportFixtures.ChangedSince(target, before));
    }

    [Fact]
    public void A_vocabulary_of_the_wrong_size_and_a_missing_layer_are_reported_together()
    {
        using var source = ImportFixtures.NewModel(1);
        using var target = ImportFixtures.NewModel(2);
        var before = ImportFixtures.Snapshot(target);
        var vocabulary = source.Config.Decoder.VocabularySize;
        var dim = source.Config.Decoder.Dim;
        var checkpoint = ImportFixtures.XglmCheckpointOf(source)
            .Where(t => !t.Name.StartsWith("model.layers.1.fc2.", StringComparison.Ordinal))
            .Select(t => t.Name is "model.embed_tokens.weight" or "lm_head.weight" ? (t.Name, randn(vocabulary + 8, dim)) : t)
            .ToList();

        var error = Assert.Throws<PretrainedImportException>(() => PretrainedImport.Xglm(target, Write("mismatch.safetensors", checkpoint)));

        Assert.Equal(
            [
                "missing tensor model.layers.1.fc2.weight (for language_model.layers.1.fc2.weight [32, 64])",
                "missing tensor model.layers.1.fc2.bias (for language_model.layers.1.fc2.bias [32])",
                "model.embed_tokens.weight is [48, 32] but the model expects [40, 32] (language_model.embed_tokens.weight)",
                "lm_head.weight is [48, 32] but the model expects [40, 32] (its tie model.embed_tokens.weight)",
            ],
            error.Problems);
        Assert.Empty(ImportFixtures.ChangedSince(target, before));
    }

    [Fact]
    public void The_same_tensor_under_both_spellings_is_an_error()
    {
        using var source = ImportFixtures.NewModel(1);
        using var target = ImportFixtures.NewModel(2);
        var checkpoint = ImportFixtures.XglmCheckpointOf(source);
        checkpoint.Add(("layer_norm.bias", checkpoint.Single(t => t.Name == "model.layer_norm.bias").Tensor));

        var error = Assert.Throws<PretrainedImportException>(() => PretrainedImport.Xglm(target, Write("twice.safetensors", checkpoint)));

        Assert.Equal(["layer_norm.bias is a second copy of model.layer_norm.bias"], error.Problems);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Moves every LM base weight off its initial value, so LayerNorms (1, 0 at init) are tested too.</summary>
    private static void Perturb(Sign2GptModel model)
    {
        using var _ = no_grad();
        foreach (var (name, parameter) in model.named_parameters())
        {
            if (name.StartsWith("language_model.", StringComparison.Ordinal) && !ParameterRoles.IsAdapter(name))
            {
                parameter.add_(randn_like(parameter) * 0.1);
            }
        }
    }

    private string Write(string name, IEnumerable<(string Name, Tensor Tensor)> tensors)
    {
        var path = Path.Combine(_directory, name);
        SafetensorsTestFile.Write(path, tensors);
        return path;
    }
}
