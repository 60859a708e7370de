using System.Diagnostics.CodeAnalysis;

namespace Sign2Gpt.Inference.Adapters;

/// <summary>
/// Element types an adapter parameter can hold, numbered as ONNX's TensorProto data types because the
/// adapter file stores that code and ONNX Runtime matches it against the model's inputs. Only the
/// types ONNX Runtime 1.31 loads as adapter parameters: it refuses string, bool, complex and 4-bit ones.
/// </summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members mirror ONNX's data type names, which are type names.")]
public enum LoraDataType
{
    Float = 1,
    UInt8 = 2,
    Int8 = 3,
    UInt16 = 4,
    Int16 = 5,
    Int32 = 6,
    Int64 = 7,
    Float16 = 10,
    Double = 11,
    UInt32 = 12,
    UInt64 = 13,
    BFloat16 = 16,
    Float8E4M3FN = 17,
    Float8E4M3FNUZ = 18,
    Float8E5M2 = 19,
    Float8E5M2FNUZ = 20,
}
