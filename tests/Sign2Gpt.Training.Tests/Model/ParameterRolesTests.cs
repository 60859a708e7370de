using Sign2Gpt.Training.Model;

namespace Sign2Gpt.Training.Tests.Model;

public sealed class ParameterRolesTests
{
    [Theory]
    [InlineData("language_model.layers.0.self_attn.q_proj.base_layer.weight", TrainingStage.Translation, false)]
    [InlineData("language_model.layers.0.self_attn.q_proj.lora.lora_A", TrainingStage.Translation, true)]
    [InlineData("language_model.layers.0.self_attn.gate", TrainingStage.Adapter, true)]
    [InlineData("visual_projection.weight", TrainingStage.Translation, true)]
    [InlineData("visual_projection.weight", TrainingStage.Adapter, false)]
    [InlineData("encoder.blocks_before.0.fc1.weight", TrainingStage.Adapter, false)]
    [InlineData("encoder.blocks_before.0.fc1.weight", TrainingStage.PseudoGlossPretraining, true)]
    [InlineData("spatial.vit.blocks.0.attn_qkv.weight", TrainingStage.PseudoGlossPretraining, false)]
    [InlineData("spatial.vit.blocks.9.attn_qkv.lora.lora_B", TrainingStage.Translation, true)]
    [InlineData("language_model.embed_tokens.weight", TrainingStage.LanguageModel, true)]
    [InlineData("language_model.embed_tokens.weight", TrainingStage.Translation, false)]
    [InlineData("head.fc.weight", TrainingStage.Translation, false)]
    [InlineData("head.fc.weight", TrainingStage.TimelineHead, true)]
    [InlineData("encoder.blocks_before.0.fc1.weight", TrainingStage.TimelineHead, false)]
    [InlineData("spatial.projection.linear.weight", TrainingStage.TimelineHead, false)]
    [InlineData("language_model.layers.0.self_attn.gate", TrainingStage.TimelineHead, false)]
    public void Each_stage_trains_what_the_paper_trains(string name, TrainingStage stage, bool learns)
    {
        Assert.Equal(learns, ParameterRoles.Learns(name, stage));
    }

    [Fact]
    public void Unknown_component_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => ParameterRoles.ComponentOf("mystery.weight"));
    }
}
