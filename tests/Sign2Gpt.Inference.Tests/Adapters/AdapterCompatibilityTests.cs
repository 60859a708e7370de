using Microsoft.ML.OnnxRuntime;
using Sign2Gpt.Inference.Adapters;

namespace Sign2Gpt.Inference.Tests.Adapters;

public sealed class AdapterCompatibilityTests : IDisposable
{
    private readonly LoraTestModel _model = new();
    private readonly InferenceSession _session;

    public AdapterCompatibilityTests() => _session = _model.Open();

    public void Dispose() => _session.Dispose();

    [Fact]
    public void A_matching_adapter_has_no_problems()
    {
        var adapter = _model.Adapter(seed: 1);

        Assert.Empty(AdapterCompatibility.FindProblems(adapter, _session, LoraTestModel.ModelVersion));
        AdapterCompatibility.EnsureCompatible(adapter, _session, LoraTestModel.ModelVersion);
    }

    [Fact]
    public void An_adapter_replacing_only_some_lora_inputs_is_compatible()
    {
        var onlyB = new LoraAdapter(1, LoraTestModel.ModelVersion, [_model.Adapter(seed: 1).Parameters[1]]);

        Assert.Empty(AdapterCompatibility.FindProblems(onlyB, _session, LoraTestModel.ModelVersion));
    }

    [Fact]
    public void A_wrong_shape_is_named_with_both_shapes()
    {
        var adapter = Adapter(LoraParameter.FromFloat32(LoraTestModel.LoraB, [LoraTestModel.OutFeatures, 2], new float[12]));

        Assert.Equal(["parameter 'lora_B' has shape [6,2] but the model expects [6,4]"], Problems(adapter));
    }

    [Fact]
    public void A_wrong_rank_of_tensor_is_a_wrong_shape()
    {
        var adapter = Adapter(LoraParameter.FromFloat32(LoraTestModel.LoraA, [32], new float[32]));

        Assert.Equal(["parameter 'lora_A' has shape [32] but the model expects [4,8]"], Problems(adapter));
    }

    [Fact]
    public void A_wrong_element_type_is_named_with_both_types()
    {
        var adapter = Adapter(LoraParameter.FromFloat16(LoraTestModel.LoraA, [LoraTestModel.Rank, LoraTestModel.InFeatures], new float[32]));

        Assert.Equal(["parameter 'lora_A' is Float16 but the model expects Float"], Problems(adapter));
    }

    [Fact]
    public void An_unknown_name_is_named()
    {
        var adapter = Adapter(LoraParameter.FromFloat32("blocks.9.fc1.lora_A", [1], [1f]));

        Assert.Equal(["unknown parameter 'blocks.9.fc1.lora_A': the model has no LoRA input of that name"], Problems(adapter));
    }

    [Fact]
    public void A_model_input_without_a_default_cannot_be_replaced()
    {
        var adapter = Adapter(LoraParameter.FromFloat32(LoraTestModel.Input, [1, LoraTestModel.InFeatures], new float[8]));

        var problem = Assert.Single(Problems(adapter));

        Assert.StartsWith("parameter 'x' names a model input without a default value", problem);
    }

    [Fact]
    public void A_base_weight_that_is_not_an_input_cannot_be_replaced()
    {
        var adapter = Adapter(LoraParameter.FromFloat32("W", [LoraTestModel.OutFeatures, LoraTestModel.InFeatures], new float[48]));

        Assert.Equal(["unknown parameter 'W': the model has no LoRA input of that name"], Problems(adapter));
    }

    [Fact]
    public void A_different_model_version_is_named_with_both_versions()
    {
        var adapter = _model.Adapter(seed: 1, modelVersion: 2);

        Assert.Equal(["the adapter was trained for model version 2 but the loaded model is version 3"], Problems(adapter));
    }

    [Fact]
    public void Every_problem_is_listed_in_the_exception()
    {
        var adapter = new LoraAdapter(12, 2,
        [
            LoraParameter.FromFloat32(LoraTestModel.LoraA, [LoraTestModel.Rank, 16], new float[64]),
            LoraParameter.FromFloat16(LoraTestModel.LoraB, [LoraTestModel.OutFeatures, LoraTestModel.Rank], new float[24]),
            LoraParameter.FromFloat32("y", [1], [1f]),
        ]);

        var error = Assert.Throws<IncompatibleAdapterException>(() => AdapterCompatibility.EnsureCompatible(adapter, _session, LoraTestModel.ModelVersion));

        Assert.Equal(12, error.AdapterVersion);
        Assert.Equal(4, error.Problems.Count);
        Assert.Equal(
            "Adapter version 12 cannot run on the loaded model: "
            + "the adapter was trained for model version 2 but the loaded model is version 3; "
            + "parameter 'lora_A' has shape [4,16] but the model expects [4,8]; "
            + "parameter 'lora_B' is Float16 but the model expects Float; "
            + "unknown parameter 'y': the model has no LoRA input of that name.",
            error.Message);
    }

    [Fact]
    public void Symbolic_dimensions_accept_any_size_and_are_shown_by_name()
    {
        var model = new LoraTestModel(symbolicRank: true);
        using var session = model.Open();
        var wrongInput = new LoraAdapter(1, LoraTestModel.ModelVersion, [LoraParameter.FromFloat32(LoraTestModel.LoraA, [7, 5], new float[35])]);

        Assert.Empty(AdapterCompatibility.FindProblems(model.Adapter(seed: 1, rank: 7), session, LoraTestModel.ModelVersion));
        Assert.Equal(["parameter 'lora_A' has shape [7,5] but the model expects [rank,8]"], AdapterCompatibility.FindProblems(wrongInput, session, LoraTestModel.ModelVersion));
    }

    private static LoraAdapter Adapter(LoraParameter parameter) => new(1, LoraTestModel.ModelVersion, [parameter]);

    private IReadOnlyList<string> Problems(LoraAdapter adapter) => AdapterCompatibility.FindProblems(adapter, _session, LoraTestModel.ModelVersion);
}
