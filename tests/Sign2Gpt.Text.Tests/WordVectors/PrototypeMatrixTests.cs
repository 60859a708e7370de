using Sign2Gpt.Text.PseudoGlosses;
using Sign2Gpt.Text.WordVectors;

namespace Sign2Gpt.Text.Tests.WordVectors;

public sealed class PrototypeMatrixTests
{
    private static readonly PseudoGlossVocabulary Vocabulary = new(["regen", "sonne", "wind"]);

    private static Dictionary<string, float[]> Vectors(int dimension) => new()
    {
        ["regen"] = [.. Enumerable.Range(0, dimension).Select(i => (float)(i + 1))],
        ["sonne"] = [.. Enumerable.Range(0, dimension).Select(i => i % 2 == 0 ? 3f : -1f)],
        ["wind"] = [.. Enumerable.Range(0, dimension).Select(i => i == 7 ? 0.5f : 0f)],
    };

    [Fact]
    public void Rows_are_unit_vectors_in_vocabulary_order_and_the_last_row_is_the_zero_null_prototype()
    {
        var matrix = PrototypeMatrix.Build(Vocabulary, Vectors(300), 300);

        Assert.Equal(4, matrix.Rows);
        Assert.Equal(300, matrix.Dimension);
        Assert.Equal(3, matrix.NullIndex);
        Assert.Equal(4 * 300, matrix.Values.Length);
        for (var v = 0; v < 3; v++)
        {
            Assert.Equal(1.0, Norm(matrix.Row(v)), 5);
        }
        Assert.All(matrix.Row(matrix.NullIndex).ToArray(), x => Assert.Equal(0f, x));
    }

    [Fact]
    public void A_direction_every_vector_shares_is_removed_so_the_glosses_stay_apart()
    {
        // Each vector is a large common part plus its own axis: raw cosines are about 0.99.
        var vectors = Vocabulary.Glosses.Select((gloss, i) => (gloss, vector: Enumerable.Range(0, 300).Select(d => 10f + (d == i ? 1f : 0f)).ToArray()))
            .ToDictionary(p => p.gloss, p => p.vector);

        var matrix = PrototypeMatrix.Build(Vocabulary, vectors, 300);

        Assert.Equal(-0.5, matrix.MeanPairwiseCosine(), 4);
        for (var v = 0; v < 3; v++)
        {
            Assert.Equal(1.0, Norm(matrix.Row(v)), 5);
            Assert.Equal(v, IndexOfMax(matrix.Row(v)));
        }
    }

    [Fact]
    public void A_single_gloss_keeps_its_own_direction()
    {
        var matrix = PrototypeMatrix.Build(new PseudoGlossVocabulary(["wind"]), new Dictionary<string, float[]> { ["wind"] = Vectors(300)["wind"] }, 300);

        Assert.Equal(1f, matrix.Row(0)[7]);
        Assert.Equal(0, matrix.MeanPairwiseCosine());
    }

    [Fact]
    public void A_missing_or_wrongly_sized_vector_is_an_error()
    {
        var vectors = Vectors(300);
        vectors.Remove("sonne");
        Assert.Throws<KeyNotFoundException>(() => PrototypeMatrix.Build(Vocabulary, vectors, 300));
        Assert.Throws<ArgumentException>(() => PrototypeMatrix.Build(Vocabulary, Vectors(100), 300));
    }

    [Fact]
    public async Task Saved_matrix_loads_identically()
    {
        var matrix = PrototypeMatrix.Build(Vocabulary, Vectors(300), 300);
        var path = Path.Combine(Path.GetTempPath(), $"prototypes-{Guid.NewGuid():N}.bin");
        try
        {
            await matrix.SaveAsync(path, CancellationToken.None);
            var loaded = await PrototypeMatrix.LoadAsync(path, CancellationToken.None);

            Assert.Equal(matrix.Glosses, loaded.Glosses);
            Assert.Equal(matrix.Values.ToArray(), loaded.Values.ToArray());
            loaded.EnsureMatches(Vocabulary);
            Assert.Throws<InvalidOperationException>(() => loaded.EnsureMatches(new PseudoGlossVocabulary(["wind", "regen", "sonne"])));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_foreign_file_is_rejected()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-prototypes-{Guid.NewGuid():N}.bin");
        await File.WriteAllTextAsync(path, "regen 0.1 0.2\n");
        try
        {
            await Assert.ThrowsAsync<InvalidDataException>(() => PrototypeMatrix.LoadAsync(path, CancellationToken.None));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static double Norm(ReadOnlySpan<float> row)
    {
        var sum = 0.0;
        foreach (var x in row)
        {
            sum += x * x;
        }
        return Math.Sqrt(sum);
    }

    private static int IndexOfMax(ReadOnlySpan<float> row)
    {
        var best = 0;
        for (var d = 1; d < row.Length; d++)
        {
            best = row[d] > row[best] ? d : best;
        }
        return best;
    }
}
