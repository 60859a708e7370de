using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using TorchSharp;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Import;

/// <summary>
/// Writes safetensors files from the spec, independently of the code under test, the way the Python
/// library does: a __metadata__ entry, the JSON header padded with spaces to 8 bytes, tensors back to back.
/// </summary>
internal static class SafetensorsTestFile
{
    public static void Write(string path, IEnumerable<(string Name, Tensor Tensor)> tensors)
    {
        var header = new Dictionary<string, object> { ["__metadata__"] = new Dictionary<string, string> { ["format"] = "pt" } };
        using var data = new MemoryStream();
        foreach (var (name, tensor) in tensors)
        {
            var bytes = RawBytes(tensor);
            header[name] = new { dtype = DType(tensor.dtype), shape = tensor.shape, data_offsets = new[] { data.Length, data.Length + bytes.Length } };
            data.Write(bytes);
        }

        var json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(header));
        var padded = (json.Length + 7) / 8 * 8;
        using var file = File.Create(path);
        file.Write(BitConverter.GetBytes((ulong)padded));
        file.Write(json);
        file.Write(Enumerable.Repeat((byte)' ', padded - json.Length).ToArray());
        data.WriteTo(file);
    }

    private static string DType(ScalarType dtype) => dtype switch
    {
        ScalarType.Float32 => "F32",
        ScalarType.Float16 => "F16",
        ScalarType.Int64 => "I64",
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "not needed by these tests"),
    };

    private static byte[] RawBytes(Tensor tensor)
    {
        using var contiguous = tensor.contiguous();
        return contiguous.dtype switch
        {
            ScalarType.Float32 => MemoryMarshal.AsBytes<float>(contiguous.data<float>().ToArray()).ToArray(),
            ScalarType.Float16 => MemoryMarshal.AsBytes<Half>(contiguous.data<Half>().ToArray()).ToArray(),
            ScalarType.Int64 => MemoryMarshal.AsBytes<long>(contiguous.data<long>().ToArray()).ToArray(),
            _ => throw new ArgumentOutOfRangeException(nameof(tensor), contiguous.dtype, "not needed by these tests"),
        };
    }
}
