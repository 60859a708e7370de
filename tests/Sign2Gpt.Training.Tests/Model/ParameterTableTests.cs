using Sign2Gpt.Training.Model;

namespace Sign2Gpt.Training.Tests.Model;

public sealed class ParameterTableTests
{
    [Fact]
    public void Paper_config_reproduces_table_1b_exactly()
    {
        var table = ParameterTable.Describe(ModelConfigs.Paper, pseudoGlossVocabulary: 1000);

        Assert.Equal((22_328_448L, 271_872L), (table[ModelComponent.Spatial].Total, table[ModelComponent.Spatial].Trainable));
        Assert.Equal((12_613_632L, 12_613_632L), (table[ModelComponent.SignEncoder].Total, table[ModelComponent.SignEncoder].Trainable));
        Assert.Equal((1_736_710_528L, 3_803_520L), (table[ModelComponent.Decoder].Total, table[ModelComponent.Decoder].Trainable));
        Assert.Equal((1_771_652_608L, 16_689_024L), table.TranslationModel);
    }

    [Fact]
    public void Default_config_is_small_enough_for_a_30_mb_bundle()
    {
        var (total, _) = ParameterTable.Describe(ModelConfigs.Default, pseudoGlossVocabulary: 500).TranslationModel;

        Assert.InRange(total, 1_000_000, 15_000_000);
    }
}
