using System.Text;
using Sign2Gpt.Inference.Adapters;

namespace Sign2Gpt.Inference.Tests.Adapters;

public sealed class LoraAdapterFileTests
{
    private static LoraAdapter Sample() => new(adapterVersion: 5, modelVersion: 3,
    [
        LoraParameter.FromFloat32("blocks.9.qkv.lora_A", [4, 3], LoraTestModel.Values(12, seed: 1)),
        LoraParameter.FromFloat16("blocks.9.qkv.lora_B", [5, 4], LoraTestModel.Values(20, seed: 2)),
        new LoraParameter("gate", [1], LoraDataType.Int64, BitConverter.GetBytes(42L)),
        new LoraParameter("empty", [0, 7], LoraDataType.Float, []),
        new LoraParameter("mask", [3], LoraDataType.UInt8, [1, 0, 1]),
    ]);

    [Fact]
    public void Written_adapter_reads_back_equal()
    {
        var adapter = Sample();

        var read = LoraAdapterFile.Read(LoraAdapterFile.Write(adapter));

        Assert.Equal(adapter, read);
        Assert.Equal(5, read.AdapterVersion);
        Assert.Equal(3, read.ModelVersion);
        Assert.Equal(adapter.Parameters.Select(p => p.Name), read.Parameters.Select(p => p.Name));
        Assert.Equal(LoraTestModel.Values(12, seed: 1), read.Parameters[0].ToFloats());
    }

    [Fact]
    public void Equality_compares_contents_so_round_trip_equality_means_something()
    {
        var adapter = Sample();
        var changed = new LoraAdapter(5, 3, [.. adapter.Parameters.Take(4), new LoraParameter("mask", [3], LoraDataType.UInt8, [1, 1, 1])]);

        Assert.NotEqual(adapter, changed);
        Assert.NotEqual(adapter, new LoraAdapter(6, 3, adapter.Parameters));
        Assert.Equal(adapter, Sample());
    }

    [Fact]
    public void File_carries_the_identifier_and_8_byte_aligned_raw_data()
    {
        var pattern = Enumerable.Range(0, 24).Select(i => (byte)(0xA0 + i)).ToArray();
        var adapter = new LoraAdapter(1, 1,
        [
            new LoraParameter("odd", [3], LoraDataType.UInt8, [9, 9, 9]),
            new LoraParameter("pattern", [6], LoraDataType.Float, pattern),
        ]);

        var bytes = LoraAdapterFile.Write(adapter);

        Assert.Equal("TORT", Encoding.ASCII.GetString(bytes, 4, 4));
        var position = bytes.AsSpan().IndexOf(pattern);
        Assert.True(position > 0);
        Assert.Equal(0, position % 8);
    }

    [Fact]
    public async Task WriteAsync_then_ReadAsync_round_trips_and_leaves_no_partial_file()
    {
        var directory = TestData.TempDirectory();
        var path = Path.Combine(directory, "de.onnx_adapter");

        await LoraAdapterFile.WriteAsync(path, Sample(), CancellationToken.None);

        Assert.Equal(Sample(), await LoraAdapterFile.ReadAsync(path, CancellationToken.None));
        Assert.Equal(["de.onnx_adapter"], Directory.GetFiles(directory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Cancelled_write_leaves_no_file_behind()
    {
        var directory = TestData.TempDirectory();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LoraAdapterFile.WriteAsync(Path.Combine(directory, "de.onnx_adapter"), Sample(), cancelled.Token));

        Assert.Empty(Directory.GetFiles(directory));
    }

    [Fact]
    public async Task ReadAsync_names_the_file_in_its_error()
    {
        var path = Path.Combine(TestData.TempDirectory(), "broken.onnx_adapter");
        await File.WriteAllBytesAsync(path, Encoding.ASCII.GetBytes("definitely not an adapter"));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => LoraAdapterFile.ReadAsync(path, CancellationToken.None));

        Assert.Contains(path, error.Message);
        Assert.Contains("file identifier", error.Message);
    }

    [Fact]
    public void Corrupted_identifier_is_named()
    {
        var bytes = LoraAdapterFile.Write(Sample());
        "ORTM"u8.CopyTo(bytes.AsSpan(4));

        var error = Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(bytes));

        Assert.Equal("Not an ONNX Runtime adapter: the file identifier is \"ORTM\", expected \"TORT\".", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void Too_few_bytes_for_a_header_are_refused(int length)
    {
        var error = Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(new byte[length]));

        Assert.Contains($"{length} bytes cannot hold", error.Message);
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Truncated_file_is_refused_as_truncated_or_corrupted(double keep)
    {
        var bytes = LoraAdapterFile.Write(Sample());

        var error = Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(bytes[..(int)(bytes.Length * keep)]));

        Assert.Contains("truncated or corrupted", error.Message);
    }

    [Fact]
    public void Offsets_pointing_outside_the_buffer_are_refused_as_corrupted()
    {
        var bytes = LoraAdapterFile.Write(Sample());
        BitConverter.GetBytes(bytes.Length * 4).CopyTo(bytes, 0);

        var error = Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(bytes));

        Assert.Contains("truncated or corrupted", error.Message);
    }

    [Fact]
    public void Raw_data_shorter_than_the_shape_needs_is_refused_with_both_sizes()
    {
        var bytes = RawAdapterBytes.Build(1, 3, [new RawParameter("lora_A", [4, 8], (int)LoraDataType.Float, new byte[100])]);

        var error = Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(bytes));

        Assert.Equal("Invalid adapter: parameter 'lora_A' has 100 bytes of data but its shape [4,8] of Float needs 128.", error.Message);
    }

    [Fact]
    public void Raw_data_longer_than_the_shape_needs_is_refused()
    {
        var bytes = RawAdapterBytes.Build(1, 3, [new RawParameter("lora_B", [2], (int)LoraDataType.Float16, new byte[6])]);

        var error = Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(bytes));

        Assert.Contains("parameter 'lora_B' has 6 bytes of data but its shape [2] of Float16 needs 4", error.Message);
    }

    [Fact]
    public void Negative_dimension_is_refused()
    {
        var bytes = RawAdapterBytes.Build(1, 3, [new RawParameter("lora_A", [-4, 8], (int)LoraDataType.Float, new byte[128])]);

        var error = Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(bytes));

        Assert.Contains("parameter 'lora_A' has a negative dimension in its shape [-4,8]", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(14)]
    [InlineData(99)]
    public void Data_types_that_raw_bytes_cannot_hold_are_refused(int dataType)
    {
        var bytes = RawAdapterBytes.Build(1, 3, [new RawParameter("lora_A", [2], dataType, new byte[8])]);

        var error = Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(bytes));

        Assert.Contains($"parameter 'lora_A' has data type {dataType}", error.Message);
    }

    [Fact]
    public void Rank_zero_is_refused_as_the_runtime_refuses_it()
    {
        var bytes = RawAdapterBytes.Build(1, 3, [new RawParameter("gate", [], (int)LoraDataType.Float, new byte[4])]);

        var error = Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(bytes));

        Assert.Contains("parameter 'gate' has no dimensions", error.Message);
    }

    [Fact]
    public void Unsupported_format_version_is_named()
    {
        var bytes = RawAdapterBytes.Build(2, 3, []);

        var error = Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(bytes));

        Assert.Equal("Unsupported adapter format version 2; ONNX Runtime and this reader load version 1.", error.Message);
    }

    [Fact]
    public void Missing_fields_are_refused_naming_the_field()
    {
        Assert.Contains("no parameter list", Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(RawAdapterBytes.Build(1, 3, null))).Message);
        Assert.Contains("parameter 0 has no name", Read(new RawParameter(null, [1], 1, new byte[4])));
        Assert.Contains("parameter 'a' has no shape", Read(new RawParameter("a", null, 1, new byte[4])));
        Assert.Contains("parameter 'a' has no data", Read(new RawParameter("a", [1], 1, null)));

        static string Read(RawParameter parameter) =>
            Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(RawAdapterBytes.Build(1, 3, [parameter]))).Message;
    }

    [Fact]
    public void Duplicate_parameter_names_are_refused_when_read_and_when_built()
    {
        var twice = new RawParameter("lora_A", [1], (int)LoraDataType.Float, new byte[4]);

        var read = Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(RawAdapterBytes.Build(1, 3, [twice, twice])));
        var built = Assert.Throws<ArgumentException>(() => new LoraAdapter(1, 3, [LoraParameter.FromFloat32("lora_A", [1], [1f]), LoraParameter.FromFloat32("lora_A", [1], [2f])]));

        Assert.Contains("parameter 'lora_A' appears 2 times", read.Message);
        Assert.Contains("parameter 'lora_A' appears 2 times", built.Message);
    }

    [Fact]
    public void Schema_conformant_file_from_another_writer_reads()
    {
        var values = new byte[] { 0, 0, 128, 63, 0, 0, 0, 64 };
        var bytes = RawAdapterBytes.Build(1, 9, [new RawParameter("p", [2], (int)LoraDataType.Float, values)]);

        var adapter = LoraAdapterFile.Read(bytes);

        Assert.Equal(9, adapter.ModelVersion);
        Assert.Equal(7, adapter.AdapterVersion);
        Assert.Equal([1f, 2f], adapter.Parameters.Single().ToFloats());
    }
}
