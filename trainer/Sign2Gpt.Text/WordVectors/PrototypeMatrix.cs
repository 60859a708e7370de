using System.Text;
using Sign2Gpt.Text.PseudoGlosses;

namespace Sign2Gpt.Text.WordVectors;

/// <summary>
/// The frozen prototypes of the pseudo-gloss head: row v (0 ≤ v &lt; V) is the centred, unit-length word
/// vector of vocabulary pseudo-gloss v, and the LAST row (index V, <see cref="NullIndex"/>) is the all-zero
/// null prototype, so the matrix is [V+1, D] row-major. Unit rows make the head's cosine similarity a dot
/// product; the zero row has cosine 0 with everything and is dropped from the clip-level scores.
/// </summary>
/// <remarks>
/// Centring (subtracting the vocabulary's mean direction before normalising) is there because fastText's
/// vectors share a common component that grows with the text it trains on: on twice a small synthetic corpus
/// the prototypes' mean pairwise cosine rose from 0.36 to 0.81, the head could no longer tell classes apart,
/// and pretraining stalled. The shared component says nothing about which gloss a vector is.
/// </remarks>
public sealed class PrototypeMatrix
{
    private static readonly byte[] Magic = "S2GPROTO"u8.ToArray();
    private const int FormatVersion = 1;

    private readonly float[] _values;

    public PrototypeMatrix(IReadOnlyList<string> glosses, int dimension, float[] values)
    {
        if (values.Length != (glosses.Count + 1) * dimension)
        {
            throw new ArgumentException($"Expected {(glosses.Count + 1) * dimension} values for [{glosses.Count + 1}, {dimension}], got {values.Length}.", nameof(values));
        }
        Glosses = glosses;
        Dimension = dimension;
        _values = values;
    }

    /// <summary>The pseudo-gloss of each non-null row, in row order (the vocabulary's class order).</summary>
    public IReadOnlyList<string> Glosses { get; }

    public int Dimension { get; }

    /// <summary>V + 1: one row per pseudo-gloss and the null row.</summary>
    public int Rows => Glosses.Count + 1;

    public int NullIndex => Glosses.Count;

    /// <summary>Row-major [Rows, Dimension] values, ready to copy into a tensor.</summary>
    public ReadOnlySpan<float> Values => _values;

    public ReadOnlySpan<float> Row(int index) => _values.AsSpan(index * Dimension, Dimension);

    /// <summary>Builds the matrix from word vectors; every vocabulary pseudo-gloss must have one.</summary>
    public static PrototypeMatrix Build(PseudoGlossVocabulary vocabulary, IReadOnlyDictionary<string, float[]> vectors, int dimension)
    {
        var units = new double[vocabulary.Count][];
        for (var v = 0; v < vocabulary.Count; v++)
        {
            var gloss = vocabulary.Glosses[v];
            if (!vectors.TryGetValue(gloss, out var vector))
            {
                throw new KeyNotFoundException($"No word vector for pseudo-gloss '{gloss}'.");
            }
            if (vector.Length != dimension)
            {
                throw new ArgumentException($"The vector of '{gloss}' has {vector.Length} values, expected {dimension}.", nameof(vectors));
            }
            units[v] = Unit([.. vector.Select(x => (double)x)])
                ?? throw new ArgumentException($"The vector of '{gloss}' is all zeros; only the null prototype may be.", nameof(vectors));
        }

        var values = new float[(vocabulary.Count + 1) * dimension];
        var mean = Enumerable.Range(0, dimension).Select(d => units.Average(u => u[d])).ToArray();
        for (var v = 0; v < vocabulary.Count; v++)
        {
            // A vocabulary of one gloss, or a vector equal to the mean, has nothing left once centred.
            var row = Unit([.. units[v].Select((x, d) => x - mean[d])]) ?? units[v];
            for (var d = 0; d < dimension; d++)
            {
                values[v * dimension + d] = (float)row[d];
            }
        }
        return new PrototypeMatrix(vocabulary.Glosses, dimension, values);
    }

    /// <summary>The mean pairwise cosine of the gloss rows: near 0 for prototypes that tell glosses apart, near 1 when they collapse.</summary>
    public double MeanPairwiseCosine()
    {
        var count = Glosses.Count;
        if (count < 2)
        {
            return 0;
        }

        // The rows are unit vectors, so the sum of all pairwise dot products is (|sum of rows|² − count) / 2.
        var sum = new double[Dimension];
        for (var v = 0; v < count; v++)
        {
            var row = Row(v);
            for (var d = 0; d < Dimension; d++)
            {
                sum[d] += row[d];
            }
        }
        return (sum.Sum(x => x * x) - count) / (count * (count - 1.0));
    }

    private static double[]? Unit(double[] vector)
    {
        var norm = Math.Sqrt(vector.Sum(x => x * x));
        return norm < 1e-9 ? null : [.. vector.Select(x => x / norm)];
    }

    /// <summary>
    /// Binary little-endian file: "S2GPROTO", int32 version, int32 gloss count V, int32 dimension D, the V glosses
    /// as length-prefixed UTF-8 strings, then (V+1)·D float32 values row-major.
    /// </summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(Glosses.Count);
            writer.Write(Dimension);
            foreach (var gloss in Glosses)
            {
                writer.Write(gloss);
            }
            foreach (var value in _values)
            {
                writer.Write(value);
            }
        }
        await file.FlushAsync(cancellationToken);
    }

    public static async Task<PrototypeMatrix> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"'{path}' is not a prototype matrix file (format {FormatVersion}).");
        }
        var count = reader.ReadInt32();
        var dimension = reader.ReadInt32();
        var glosses = new string[count];
        for (var i = 0; i < count; i++)
        {
            glosses[i] = reader.ReadString();
        }
        var values = new float[(count + 1) * dimension];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadSingle();
        }
        return new PrototypeMatrix(glosses, dimension, values);
    }

    /// <summary>Fails when the matrix was built for another vocabulary (different glosses or order).</summary>
    public void EnsureMatches(PseudoGlossVocabulary vocabulary)
    {
        if (!Glosses.SequenceEqual(vocabulary.Glosses, StringComparer.Ordinal))
        {
            throw new InvalidOperationException("The prototype matrix was built for a different pseudo-gloss vocabulary.");
        }
    }
}
