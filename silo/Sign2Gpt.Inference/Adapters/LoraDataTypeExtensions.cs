namespace Sign2Gpt.Inference.Adapters;

public static class LoraDataTypeExtensions
{
    /// <summary>Bytes one element occupies in a parameter's raw data.</summary>
    public static int ElementSize(this LoraDataType type) => type switch
    {
        LoraDataType.UInt8 or LoraDataType.Int8
            or LoraDataType.Float8E4M3FN or LoraDataType.Float8E4M3FNUZ
            or LoraDataType.Float8E5M2 or LoraDataType.Float8E5M2FNUZ => 1,
        LoraDataType.UInt16 or LoraDataType.Int16 or LoraDataType.Float16 or LoraDataType.BFloat16 => 2,
        LoraDataType.Float or LoraDataType.Int32 or LoraDataType.UInt32 => 4,
        LoraDataType.Int64 or LoraDataType.UInt64 or LoraDataType.Double => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a data type an adapter parameter can hold."),
    };
}
