using System.Buffers.Binary;

namespace Sign2Gpt.Inference.Adapters;

/// <summary>
/// One tensor of an adapter: it replaces the model input of the same name for the Runs the adapter is
/// active in. Raw data is little-endian and row-major, exactly as the adapter file stores it.
/// Equality compares contents, so a parameter read back from a file equals the one written.
/// </summary>
public sealed record LoraParameter
{
    public LoraParameter(string name, long[] dims, LoraDataType dataType, byte[] rawData)
    {
        if (FindProblem(name, dims, dataType, rawData.LongLength) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        Name = name;
        Dims = dims;
        DataType = dataType;
        RawData = rawData;
    }

    public string Name { get; }

    public long[] Dims { get; }

    public LoraDataType DataType { get; }

    public byte[] RawData { get; }

    public static LoraParameter FromFloat32(string name, long[] dims, ReadOnlySpan<float> values)
    {
        var raw = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(raw.AsSpan(i * sizeof(float)), values[i]);
        }

        return new LoraParameter(name, dims, LoraDataType.Float, raw);
    }

    /// <summary>Stores <paramref name="values"/> as IEEE half precision, rounding to nearest.</summary>
    public static LoraParameter FromFloat16(string name, long[] dims, ReadOnlySpan<float> values)
    {
        const int HalfSize = 2;
        var raw = new byte[values.Length * HalfSize];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteHalfLittleEndian(raw.AsSpan(i * HalfSize), (Half)values[i]);
        }

        return new LoraParameter(name, dims, LoraDataType.Float16, raw);
    }

    /// <summary>The values widened to float, for float32 and float16 parameters.</summary>
    public float[] ToFloats() => DataType switch
    {
        LoraDataType.Float => Enumerable.Range(0, RawData.Length / sizeof(float))
            .Select(i => BinaryPrimitives.ReadSingleLittleEndian(RawData.AsSpan(i * sizeof(float))))
            .ToArray(),
        LoraDataType.Float16 => Enumerable.Range(0, RawData.Length / 2)
            .Select(i => (float)BinaryPrimitives.ReadHalfLittleEndian(RawData.AsSpan(i * 2)))
            .ToArray(),
        _ => throw new InvalidOperationException($"Parameter '{Name}' holds {DataType}, not float32 or float16."),
    };

    public bool Equals(LoraParameter? other) =>
        other is not null
        && Name == other.Name
        && DataType == other.DataType
        && Dims.AsSpan().SequenceEqual(other.Dims)
        && RawData.AsSpan().SequenceEqual(other.RawData);

    public override int GetHashCode() => HashCode.Combine(Name, DataType, Dims.Length, RawData.Length);

    public override string ToString() => $"{Name}: {DataType} {FormatShape(Dims)}";

    internal static string FormatShape(IEnumerable<long> dims) => $"[{string.Join(',', dims)}]";

    /// <summary>
    /// What makes these fields unusable as an adapter parameter, or null. The rules are ONNX Runtime
    /// 1.31's own (it also refuses rank 0), shared by the constructor and the file reader so that we never
    /// write a file the runtime refuses and refuse a bad one before the runtime sees it.
    /// </summary>
    internal static string? FindProblem(string name, long[] dims, LoraDataType dataType, long rawLength)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "a parameter has no name";
        }

        if (!Enum.IsDefined(dataType))
        {
            return $"parameter '{name}' has data type {(int)dataType}, which ONNX Runtime does not load as an adapter parameter";
        }

        if (dims.Length == 0)
        {
            return $"parameter '{name}' has no dimensions; ONNX Runtime needs at least one (shape [1] for a single value)";
        }

        if (dims.Any(d => d < 0))
        {
            return $"parameter '{name}' has a negative dimension in its shape {FormatShape(dims)}";
        }

        long expected;
        try
        {
            expected = checked(dims.Aggregate(1L, (count, dim) => count * dim) * dataType.ElementSize());
        }
        catch (OverflowException)
        {
            return $"parameter '{name}' has shape {FormatShape(dims)}, too large to address";
        }

        return rawLength == expected
            ? null
            : $"parameter '{name}' has {rawLength} bytes of data but its shape {FormatShape(dims)} of {dataType} needs {expected}";
    }
}
