using Sign2Gpt.Training.Import;
using TorchSharp;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Import;

public sealed class SafetensorsHeaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sign2gpt-import-").FullName;

    [Fact]
    public void The_header_lists_names_dtypes_shapes_and_offsets_and_skips_the_metadata()
    {
        var path = Path.Combine(_directory, "two.safetensors");
        SafetensorsTestFile.Write(path, [("a", zeros(2, 3)), ("b", zeros(4, dtype: ScalarType.Float16))]);

        var header = SafetensorsHeader.Read(path);

        Assert.Equal(["a", "b"], header.Tensors.Select(t => t.Name));
        Assert.Equal(("F32", 0L, 24L), (header.Tensors[0].DType, header.Tensors[0].Begin, header.Tensors[0].End));
        Assert.Equal([2L, 3L], header.Tensors[0].Shape);
        Assert.Equal(("F16", 24L, 32L), (header.Tensors[1].DType, header.Tensors[1].Begin, header.Tensors[1].End));
        Assert.Equal([4L], header.Tensors[1].Shape);
    }

    [Fact]
    public void A_truncated_file_is_refused_with_the_tensor_that_does_not_fit()
    {
        var path = Path.Combine(_directory, "truncated.safetensors");
        SafetensorsTestFile.Write(path, [("a", zeros(2, 3)), ("b", zeros(8))]);
        using (var file = File.OpenWrite(path))
        {
            file.SetLength(file.Length - 4);
        }

        var error = Assert.Throws<InvalidDataException>(() => SafetensorsHeader.Read(path));

        Assert.Contains("b has data_offsets [24, 56]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_safetensors_is_refused()
    {
        var path = Path.Combine(_directory, "model.bin");
        File.WriteAllBytes(path, [.. BitConverter.GetBytes(4UL), .. "nope"u8]);

        var error = Assert.Throws<InvalidDataException>(() => SafetensorsHeader.Read(path));

        Assert.Contains("is not a valid safetensors file", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
