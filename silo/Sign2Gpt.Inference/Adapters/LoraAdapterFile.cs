using System.Text;
using Google.FlatBuffers;

namespace Sign2Gpt.Inference.Adapters;

/// <summary>
/// Reads and writes ONNX Runtime's <c>.onnx_adapter</c> files (onnxruntime/lora/adapter_format/adapter_schema.fbs):
/// a FlatBuffers buffer with file identifier "TORT" whose root table is
/// <c>Adapter { format_version:int; adapter_version:int; model_version:int; parameters:[Parameter] }</c> and
/// <c>Parameter { name:string; dims:[int64]; data_type:int32; raw_data:[uint8] (force_align: 8) }</c>.
/// ONNX Runtime ships no C# writer. The reader refuses everything ONNX Runtime 1.31's loader refuses, and
/// duplicate parameter names, which the runtime accepts while silently keeping one, so that a bad adapter
/// is stopped with a message naming the problem before it reaches the runtime (which answers with a
/// native source location and a failed assertion).
/// </summary>
public static class LoraAdapterFile
{
    public const string Identifier = "TORT";

    /// <summary>The only format version ONNX Runtime 1.31 loads.</summary>
    public const int FormatVersion = 1;

    // Field slots in declaration order; FlatBuffers stores slot i at vtable offset 4 + 2i.
    private const int AdapterFormatVersionSlot = 0;
    private const int AdapterVersionSlot = 1;
    private const int AdapterModelVersionSlot = 2;
    private const int AdapterParametersSlot = 3;
    private const int AdapterFieldCount = 4;
    private const int ParameterNameSlot = 0;
    private const int ParameterDimsSlot = 1;
    private const int ParameterDataTypeSlot = 2;
    private const int ParameterRawDataSlot = 3;
    private const int ParameterFieldCount = 4;

    // The schema forces raw_data to 8-byte alignment so the runtime can alias it as a tensor of any element type.
    private const int RawDataAlignment = 8;

    // Root offset plus identifier.
    private const int HeaderSize = sizeof(int) + FlatBufferConstants.FileIdentifierLength;

    public static byte[] Write(LoraAdapter adapter)
    {
        var builder = new FlatBufferBuilder(EstimateSize(adapter));
        var parameters = adapter.Parameters.Select(p => WriteParameter(builder, p)).ToArray();

        builder.StartVector(sizeof(int), parameters.Length, sizeof(int));
        for (var i = parameters.Length - 1; i >= 0; i--)
        {
            builder.AddOffset(parameters[i]);
        }

        var parameterVector = builder.EndVector().Value;

        builder.StartTable(AdapterFieldCount);
        builder.AddOffset(AdapterParametersSlot, parameterVector, 0);
        builder.AddInt(AdapterModelVersionSlot, adapter.ModelVersion, 0);
        builder.AddInt(AdapterVersionSlot, adapter.AdapterVersion, 0);
        builder.AddInt(AdapterFormatVersionSlot, FormatVersion, 0);
        builder.Finish(builder.EndTable(), Identifier);
        return builder.SizedByteArray();
    }

    /// <summary>
    /// Writes next to <paramref name="path"/> and then renames, so a runtime loading the path never sees
    /// half a file.
    /// </summary>
    public static async Task WriteAsync(string path, LoraAdapter adapter, CancellationToken cancellationToken)
    {
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            await File.WriteAllBytesAsync(partial, Write(adapter), cancellationToken);
            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    public static async Task<LoraAdapter> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        try
        {
            return Read(bytes);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"'{path}': {e.Message}", e);
        }
    }

    /// <exception cref="InvalidDataException">The bytes are not an adapter ONNX Runtime would load, or repeat a parameter name.</exception>
    public static LoraAdapter Read(byte[] bytes)
    {
        if (bytes.Length <= HeaderSize)
        {
            throw new InvalidDataException($"Not an ONNX Runtime adapter: {bytes.Length} bytes cannot hold a FlatBuffers header and an adapter.");
        }

        var identifier = bytes.AsSpan(sizeof(int), FlatBufferConstants.FileIdentifierLength);
        if (!identifier.SequenceEqual(Encoding.ASCII.GetBytes(Identifier)))
        {
            throw new InvalidDataException($"Not an ONNX Runtime adapter: the file identifier is {Describe(identifier)}, expected \"{Identifier}\".");
        }

        try
        {
            return ReadChecked(new ByteBuffer(bytes));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            throw new InvalidDataException($"The adapter is truncated or corrupted: in its {bytes.Length} bytes an offset or length points outside the buffer.", e);
        }
    }

    /// <summary>
    /// Reads through ByteBuffer, whose accessors check every offset and length against the buffer, so a damaged
    /// file fails here rather than reading garbage. (Google.FlatBuffers' own Verifier is not used: it mishandles
    /// vtables more than 32 KiB away from their table, which large adapters have, and writes to the console.)
    /// </summary>
    private static LoraAdapter ReadChecked(ByteBuffer buffer)
    {
        var root = new Table(buffer.GetInt(buffer.Position) + buffer.Position, buffer);
        var formatVersion = ReadInt(root, AdapterFormatVersionSlot);
        if (formatVersion != FormatVersion)
        {
            throw new InvalidDataException($"Unsupported adapter format version {formatVersion}; ONNX Runtime and this reader load version {FormatVersion}.");
        }

        var (start, count) = Vector(root, AdapterParametersSlot)
            ?? throw new InvalidDataException("The adapter has no parameter list.");
        var parameters = new LoraParameter[count];
        for (var i = 0; i < count; i++)
        {
            parameters[i] = ReadParameter(new Table(root.__indirect(start + (i * sizeof(int))), buffer), i);
        }

        if (LoraAdapter.FindProblem(parameters) is { } problem)
        {
            throw new InvalidDataException($"Invalid adapter: {problem}.");
        }

        return new LoraAdapter(ReadInt(root, AdapterVersionSlot), ReadInt(root, AdapterModelVersionSlot), parameters);
    }

    private static int WriteParameter(FlatBufferBuilder builder, LoraParameter parameter)
    {
        var name = builder.CreateString(parameter.Name).Value;

        builder.StartVector(sizeof(long), parameter.Dims.Length, sizeof(long));
        for (var i = parameter.Dims.Length - 1; i >= 0; i--)
        {
            builder.AddLong(parameter.Dims[i]);
        }

        var dims = builder.EndVector().Value;

        builder.StartVector(sizeof(byte), parameter.RawData.Length, RawDataAlignment);
        builder.Add(parameter.RawData);
        var raw = builder.EndVector().Value;

        builder.StartTable(ParameterFieldCount);
        builder.AddOffset(ParameterRawDataSlot, raw, 0);
        builder.AddInt(ParameterDataTypeSlot, (int)parameter.DataType, 0);
        builder.AddOffset(ParameterDimsSlot, dims, 0);
        builder.AddOffset(ParameterNameSlot, name, 0);
        return builder.EndTable();
    }

    private static LoraParameter ReadParameter(Table table, int index)
    {
        var name = table.__offset(VtableOffset(ParameterNameSlot)) is var nameField and not 0
            ? table.__string(table.bb_pos + nameField)
            : null;
        if (string.IsNullOrEmpty(name))
        {
            throw new InvalidDataException($"Invalid adapter: parameter {index} has no name, so it cannot replace any model input.");
        }

        var label = $"parameter '{name}'";

        var (dimsStart, rank) = Vector(table, ParameterDimsSlot)
            ?? throw new InvalidDataException($"Invalid adapter: {label} has no shape.");
        var dims = new long[rank];
        for (var i = 0; i < rank; i++)
        {
            dims[i] = table.bb.GetLong(dimsStart + (i * sizeof(long)));
        }

        var (rawStart, rawLength) = Vector(table, ParameterRawDataSlot)
            ?? throw new InvalidDataException($"Invalid adapter: {label} has no data.");
        var dataType = (LoraDataType)ReadInt(table, ParameterDataTypeSlot);
        if (LoraParameter.FindProblem(name, dims, dataType, rawLength) is { } problem)
        {
            throw new InvalidDataException($"Invalid adapter: {problem}.");
        }

        return new LoraParameter(name, dims, dataType, table.bb.ToArray<byte>(rawStart, rawLength));
    }

    private static short VtableOffset(int slot) => (short)(4 + (2 * slot));

    private static int ReadInt(Table table, int slot) =>
        table.__offset(VtableOffset(slot)) is var field and not 0 ? table.bb.GetInt(table.bb_pos + field) : 0;

    /// <summary>Where a vector field's elements start and how many there are, or null when the field is absent.</summary>
    private static (int Start, int Length)? Vector(Table table, int slot) =>
        table.__offset(VtableOffset(slot)) is var field and not 0 ? (table.__vector(field), table.__vector_len(field)) : null;

    private static int EstimateSize(LoraAdapter adapter) =>
        (int)Math.Min(int.MaxValue, 256 + adapter.Parameters.Sum(p => 64L + (4L * p.Name.Length) + (8L * p.Dims.Length) + p.RawData.Length + RawDataAlignment));

    private static string Describe(ReadOnlySpan<byte> identifier) =>
        identifier.ToArray().All(b => b is >= 0x20 and < 0x7f)
            ? $"\"{Encoding.ASCII.GetString(identifier)}\""
            : $"0x{Convert.ToHexString(identifier)}";
}
