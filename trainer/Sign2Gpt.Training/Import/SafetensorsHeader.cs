using System.Buffers.Binary;
using System.Text.Json;

namespace Sign2Gpt.Training.Import;

/// <summary>
/// The header of a safetensors file (8-byte little-endian length, then a JSON object of name → dtype,
/// shape, data_offsets). Read on its own so names, shapes and dtypes can be checked before any of the
/// gigabytes of tensor data are touched; TorchSharp.PyBridge keeps its own header reader internal.
/// </summary>
public sealed class SafetensorsHeader
{
    private const string MetadataKey = "__metadata__";

    /// <summary>Far above any real header (XGLM-1.7B's is ~40 KB), low enough that a corrupt length cannot exhaust memory.</summary>
    private const long MaxHeaderBytes = 100_000_000;

    private static readonly Dictionary<string, int> ElementSizes = new(StringComparer.Ordinal)
    {
        ["F64"] = 8, ["F32"] = 4, ["F16"] = 2, ["BF16"] = 2,
        ["I64"] = 8, ["I32"] = 4, ["I16"] = 2, ["I8"] = 1,
        ["U64"] = 8, ["U32"] = 4, ["U16"] = 2, ["U8"] = 1,
        ["BOOL"] = 1, ["F8_E4M3"] = 1, ["F8_E5M2"] = 1,
    };

    private SafetensorsHeader(string path, IReadOnlyList<SafetensorsEntry> tensors)
    {
        Path = path;
        Tensors = tensors;
    }

    public string Path { get; }

    /// <summary>The tensors in header order (the order the writer chose).</summary>
    public IReadOnlyList<SafetensorsEntry> Tensors { get; }

    /// <exception cref="InvalidDataException">The file is not a well-formed safetensors file, or its data section is shorter than the header claims.</exception>
    public static SafetensorsHeader Read(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> prefix = stackalloc byte[8];
        if (stream.ReadAtLeast(prefix, 8, throwOnEndOfStream: false) < 8)
        {
            throw Invalid(path, "it is shorter than the 8-byte header length");
        }

        var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(prefix);
        if (headerLength > MaxHeaderBytes || (long)headerLength > stream.Length - 8)
        {
            throw Invalid(path, $"its header length {headerLength} does not fit a file of {stream.Length} bytes");
        }

        var json = new byte[headerLength];
        stream.ReadExactly(json);
        var dataLength = stream.Length - 8 - (long)headerLength;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(path, "its header is not a JSON object");
            }

            var tensors = document.RootElement.EnumerateObject()
                .Where(p => p.Name != MetadataKey)
                .Select(p => Entry(path, p, dataLength))
                .ToList();
            return new SafetensorsHeader(path, tensors);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            throw Invalid(path, $"its header is malformed ({e.Message})");
        }
    }

    public static bool IsFloatingPoint(string dtype) => dtype is "F64" or "F32" or "F16" or "BF16";

    private static SafetensorsEntry Entry(string path, JsonProperty property, long dataLength)
    {
        var value = property.Value;
        var dtype = value.GetProperty("dtype").GetString() ?? throw Invalid(path, $"{property.Name} has no dtype");
        var shape = value.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()).ToArray();
        var offsets = value.GetProperty("data_offsets").EnumerateArray().Select(d => d.GetInt64()).ToArray();
        if (offsets.Length != 2 || offsets[0] < 0 || offsets[0] > offsets[1] || offsets[1] > dataLength)
        {
            throw Invalid(path, $"{property.Name} has data_offsets [{string.Join(", ", offsets)}] outside its {dataLength}-byte data section");
        }

        if (shape.Any(d => d < 0))
        {
            throw Invalid(path, $"{property.Name} has a negative dimension");
        }

        // A dtype this reader does not know is left for the importer to refuse if the tensor is needed at all.
        if (ElementSizes.TryGetValue(dtype, out var size) && offsets[1] - offsets[0] != shape.Aggregate(1L, (a, b) => a * b) * size)
        {
            throw Invalid(path, $"{property.Name} ({dtype}, [{string.Join(", ", shape)}]) spans {offsets[1] - offsets[0]} bytes, which does not match its shape");
        }

        return new SafetensorsEntry(property.Name, dtype, shape, offsets[0], offsets[1]);
    }

    private static InvalidDataException Invalid(string path, string reason) => new($"'{path}' is not a valid safetensors file: {reason}.");
}
