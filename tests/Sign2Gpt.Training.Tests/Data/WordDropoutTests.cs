using Sign2Gpt.Inference.Tokenization;
using Sign2Gpt.Training.Data;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Data;

public sealed class WordDropoutTests
{
    private static readonly int[][] Sequences = [[7, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, SpecialTokens.EosId], [8, 30, 31, SpecialTokens.EosId]];

    [Fact]
    public void Hidden_inputs_become_unk_while_the_language_tag_and_every_target_stay()
    {
        using var plain = TokenBatch.Create(Sequences, SpecialTokens.PadId, CPU);
        using var dropped = TokenBatch.Create(Sequences, SpecialTokens.PadId, CPU, new WordDropout(0.5, seed: 3));
        var plainInputs = plain.Inputs.data<long>().ToArray();
        var droppedInputs = dropped.Inputs.data<long>().ToArray();
        var length = (int)plain.Inputs.shape[1];

        Assert.Equal(plain.Targets.data<long>().ToArray(), dropped.Targets.data<long>().ToArray());
        Assert.Equal([7L, 8L], [droppedInputs[0], droppedInputs[length]]);
        var changed = Enumerable.Range(0, plainInputs.Length).Where(i => plainInputs[i] != droppedInputs[i]).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, i => Assert.Equal(SpecialTokens.UnkId, droppedInputs[i]));
        Assert.DoesNotContain(droppedInputs[(length + 3)..], token => token != SpecialTokens.PadId);
    }

    [Fact]
    public void About_the_rate_of_words_is_hidden()
    {
        var dropout = new WordDropout(0.25, seed: 1);
        var sequence = Enumerable.Range(10, 4001).ToArray();
        var hidden = Enumerable.Range(1, 4000).Count(i => dropout.Input(sequence, i) == SpecialTokens.UnkId);

        Assert.InRange(hidden / 4000.0, 0.22, 0.28);
    }

    [Fact]
    public void Rate_zero_hides_nothing_and_a_rate_of_one_is_refused()
    {
        var none = new WordDropout(0, seed: 1);

        Assert.Equal(Sequences[0], Enumerable.Range(0, Sequences[0].Length).Select(i => none.Input(Sequences[0], i)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WordDropout(1, seed: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WordDropout(-0.1, seed: 1));
    }
}
