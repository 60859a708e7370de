using System.Text;
using Sign2Gpt.Text.PseudoGlosses;

namespace Sign2Gpt.Text.WordVectors;

/// <summary>
/// The frozen prototypes of the pseudo-gloss head: row v (0 ≤ v &lt; V) is the unit-length word vector of
/// vocabulary pseudo-gloss v, and the LAST row (index V, <see cref="NullIndex"/>) is the all-zero null
/// prototype, so the matrix is [V+1, D] row-major. Unit rows make the head's cosine similarity a dot product;
/// the zero row has cosine 0 with everything and is dropped from the clip-level scores.
/// </summary>
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
        var values = new float[(vocabulary.Count + 1) * dimension];
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
            var norm = Math.Sqrt(vector.Sum(x => (double)x * x));
            if (norm == 0)
            {
                throw new ArgumentException($"The vector of '{gloss}' is all zeros; only the null prototype may be.", nameof(vectors));
            }
            for (var d = 0; d < dimension; d++)
            {
                values[v * dimension + d] = (float)(vector[d] / norm);
            }
        }
        return new PrototypeMatrix(vocabulary.Glosses, dimension, values);
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
