using Google.FlatBuffers;

namespace Sign2Gpt.Inference.Tests.Adapters;

/// <summary>One parameter table as it may appear in a file, including the malformed ways our writer refuses to produce.</summary>
internal sealed record RawParameter(string? Name, long[]? Dims, int DataType, byte[]? RawData);

/// <summary>
/// Builds adapter buffers field by field, straight from the schema, so tests can make files that are
/// well-formed FlatBuffers but bad adapters (wrong version, missing fields, short data).
/// </summary>
internal static class RawAdapterBytes
{
    public static byte[] Build(int formatVersion, int modelVersion, IReadOnlyList<RawParameter>? parameters)
    {
        var builder = new FlatBufferBuilder(1024);
        var tables = (parameters ?? []).Select(p => Parameter(builder, p)).ToArray();
        var vector = 0;
        if (parameters is not null)
        {
            builder.StartVector(4, tables.Length, 4);
            foreach (var table in tables.Reverse())
            {
                builder.AddOffset(table);
            }

            vector = builder.EndVector().Value;
        }

        builder.StartTable(4);
        builder.AddInt(0, formatVersion, 0);
        builder.AddInt(1, 7, 0);
        builder.AddInt(2, modelVersion, 0);
        builder.AddOffset(3, vector, 0);
        builder.Finish(builder.EndTable(), "TORT");
        return builder.SizedByteArray();
    }

    private static int Parameter(FlatBufferBuilder builder, RawParameter parameter)
    {
        var name = parameter.Name is null ? 0 : builder.CreateString(parameter.Name).Value;
        var dims = 0;
        if (parameter.Dims is not null)
        {
            builder.StartVector(8, parameter.Dims.Length, 8);
            foreach (var dim in parameter.Dims.Reverse())
            {
                builder.AddLong(dim);
            }

            dims = builder.EndVector().Value;
        }

        var raw = 0;
        if (parameter.RawData is not null)
        {
            builder.StartVector(1, parameter.RawData.Length, 8);
            builder.Add(parameter.RawData);
            raw = builder.EndVector().Value;
        }

        builder.StartTable(4);
        builder.AddOffset(0, name, 0);
        builder.AddOffset(1, dims, 0);
        builder.AddInt(2, parameter.DataType, 0);
        builder.AddOffset(3, raw, 0);
        return builder.EndTable();
    }
}
