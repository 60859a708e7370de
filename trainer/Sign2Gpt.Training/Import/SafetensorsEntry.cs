namespace Sign2Gpt.Training.Import;

/// <summary>One tensor listed in a safetensors header: its dtype code (F32, F16, BF16...), shape and byte range in the data section.</summary>
public sealed record SafetensorsEntry(string Name, string DType, IReadOnlyList<long> Shape, long Begin, long End);
