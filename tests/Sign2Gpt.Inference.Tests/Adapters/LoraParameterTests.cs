using Sign2Gpt.Inference.Adapters;

namespace Sign2Gpt.Inference.Tests.Adapters;

public sealed class LoraParameterTests
{
    [Fact]
    public void Float32_values_are_stored_little_endian()
    {
        var parameter = LoraParameter.FromFloat32("a", [2], [1f, -2f]);

        Assert.Equal(LoraDataType.Float, parameter.DataType);
        Assert.Equal(new byte[] { 0, 0, 0x80, 0x3F, 0, 0, 0, 0xC0 }, parameter.RawData);
        Assert.Equal([1f, -2f], parameter.ToFloats());
    }

    [Fact]
    public void Float16_values_are_stored_as_half_precision_rounded_to_nearest()
    {
        var parameter = LoraParameter.FromFloat16("b", [3], [1f, -2f, 0.1f]);

        Assert.Equal(LoraDataType.Float16, parameter.DataType);
        Assert.Equal(6, parameter.RawData.Length);
        Assert.Equal(new byte[] { 0x00, 0x3C, 0x00, 0xC0 }, parameter.RawData[..4]);
        Assert.Equal([1f, -2f, (float)(Half)0.1f], parameter.ToFloats());
        Assert.NotEqual(0.1f, parameter.ToFloats()[2]);
    }

    [Fact]
    public void Values_that_do_not_fill_the_shape_are_refused_with_both_sizes()
    {
        var error = Assert.Throws<ArgumentException>(() => LoraParameter.FromFloat32("lora_A", [4, 8], new float[30]));

        Assert.Equal("parameter 'lora_A' has 120 bytes of data but its shape [4,8] of Float needs 128", error.Message);
    }

    [Fact]
    public void Nameless_negative_or_unaddressable_parameters_are_refused()
    {
        Assert.Contains("has no name", Assert.Throws<ArgumentException>(() => LoraParameter.FromFloat32("", [1], [1f])).Message);
        Assert.Contains("negative dimension", Assert.Throws<ArgumentException>(() => new LoraParameter("a", [-1], LoraDataType.Float, [])).Message);
        Assert.Contains("too large", Assert.Throws<ArgumentException>(() => new LoraParameter("a", [long.MaxValue, 2], LoraDataType.Float, [])).Message);
        Assert.Contains("data type 9", Assert.Throws<ArgumentException>(() => new LoraParameter("a", [1], (LoraDataType)9, [1])).Message);
        Assert.Contains("no dimensions", Assert.Throws<ArgumentException>(() => LoraParameter.FromFloat32("a", [], [1f])).Message);
    }

    [Fact]
    public void Only_float_parameters_widen_to_floats()
    {
        var parameter = new LoraParameter("step", [1], LoraDataType.Int64, new byte[8]);

        Assert.Throws<InvalidOperationException>(parameter.ToFloats);
    }

    [Theory]
    [InlineData(LoraDataType.Float8E5M2, 1)]
    [InlineData(LoraDataType.BFloat16, 2)]
    [InlineData(LoraDataType.Float, 4)]
    [InlineData(LoraDataType.Int64, 8)]
    public void Element_sizes_follow_the_onnx_types(LoraDataType type, int size) => Assert.Equal(size, type.ElementSize());
}
