using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Onnx;
using Sign2Gpt.Inference.Adapters;

namespace Sign2Gpt.Inference.Tests.Adapters;

/// <summary>
/// A one-layer LoRA model, y = x·Wᵀ + scale·(x·Aᵀ)·Bᵀ, laid out as the platform lays out its real ones:
/// W a plain initializer, A [rank, in] and B [out, rank] graph inputs that also have initializers, with
/// B zero so that the model without an adapter is the base layer.
/// </summary>
internal sealed class LoraTestModel
{
    public const string Input = "x";
    public const string Output = "y";
    public const string LoraA = "lora_A";
    public const string LoraB = "lora_B";
    public const int InFeatures = 8;
    public const int OutFeatures = 6;
    public const int Rank = 4;
    public const float Scale = 0.5f;
    public const int ModelVersion = 3;

    private static readonly string[] InputNames = [Input];
    private static readonly string[] OutputNames = [Output];

    public LoraTestModel(LoraDataType loraType = LoraDataType.Float, bool symbolicRank = false)
    {
        LoraType = loraType;
        Weight = Values(OutFeatures * InFeatures, seed: 1);
        DefaultA = Values(Rank * InFeatures, seed: 2);
        Bytes = Build(symbolicRank);
    }

    public LoraDataType LoraType { get; }

    public float[] Weight { get; }

    public float[] DefaultA { get; }

    public byte[] Bytes { get; }

    public InferenceSession Open() => new(Bytes);

    public static float[] Values(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
    }

    /// <summary>An adapter of random A and B in the model's LoRA type, with its own rank.</summary>
    public LoraAdapter Adapter(int seed, int rank = Rank, int modelVersion = ModelVersion)
    {
        var a = Values(rank * InFeatures, seed);
        var b = Values(OutFeatures * rank, seed + 1000);
        return new LoraAdapter(seed, modelVersion,
        [
            LoraType == LoraDataType.Float16 ? LoraParameter.FromFloat16(LoraA, [rank, InFeatures], a) : LoraParameter.FromFloat32(LoraA, [rank, InFeatures], a),
            LoraType == LoraDataType.Float16 ? LoraParameter.FromFloat16(LoraB, [OutFeatures, rank], b) : LoraParameter.FromFloat32(LoraB, [OutFeatures, rank], b),
        ]);
    }

    /// <summary>What the layer computes, in double precision; the adapter's values as it stores them (float16 rounded).</summary>
    public float[] Expected(float[] x, LoraAdapter? adapter)
    {
        var batch = x.Length / InFeatures;
        var a = adapter?.Parameters.Single(p => p.Name == LoraA).ToFloats();
        var b = adapter?.Parameters.Single(p => p.Name == LoraB).ToFloats();
        var rank = a is null ? 0 : a.Length / InFeatures;
        var y = new float[batch * OutFeatures];
        for (var n = 0; n < batch; n++)
        {
            var xa = new double[rank];
            for (var r = 0; r < rank; r++)
            {
                for (var i = 0; i < InFeatures; i++)
                {
                    xa[r] += (double)x[(n * InFeatures) + i] * a![(r * InFeatures) + i];
                }
            }

            for (var o = 0; o < OutFeatures; o++)
            {
                var sum = 0.0;
                for (var i = 0; i < InFeatures; i++)
                {
                    sum += (double)x[(n * InFeatures) + i] * Weight[(o * InFeatures) + i];
                }

                for (var r = 0; r < rank; r++)
                {
                    sum += Scale * xa[r] * b![(o * rank) + r];
                }

                y[(n * OutFeatures) + o] = (float)sum;
            }
        }

        return y;
    }

    public static float[] Run(InferenceSession session, float[] x, OrtLoraAdapter? adapter)
    {
        using var runOptions = new RunOptions();
        if (adapter is not null)
        {
            runOptions.AddActiveLoraAdapter(adapter);
        }

        using var input = OrtValue.CreateTensorValueFromMemory(x, [x.Length / InFeatures, InFeatures]);
        using var outputs = session.Run(runOptions, InputNames, [input], OutputNames);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    private byte[] Build(bool symbolicRank)
    {
        var loraType = (TensorProto.Types.DataType)(int)LoraType;
        var graph = new GraphProto { Name = "lora_layer" };
        graph.Input.Add(Tensor(Input, TensorProto.Types.DataType.Float, "batch", InFeatures));
        graph.Input.Add(Tensor(LoraA, loraType, symbolicRank ? "rank" : Rank, InFeatures));
        graph.Input.Add(Tensor(LoraB, loraType, OutFeatures, symbolicRank ? "rank" : Rank));
        graph.Output.Add(Tensor(Output, TensorProto.Types.DataType.Float, "batch", OutFeatures));

        graph.Initializer.Add(Initializer("W", [OutFeatures, InFeatures], Weight, LoraDataType.Float));
        graph.Initializer.Add(Initializer(LoraA, [Rank, InFeatures], DefaultA, LoraType));
        graph.Initializer.Add(Initializer(LoraB, [OutFeatures, Rank], new float[OutFeatures * Rank], LoraType));

        var a = LoraA;
        var b = LoraB;
        if (LoraType != LoraDataType.Float)
        {
            graph.Node.Add(Node("Cast", [LoraA], ["a_float"], Int("to", (long)TensorProto.Types.DataType.Float)));
            graph.Node.Add(Node("Cast", [LoraB], ["b_float"], Int("to", (long)TensorProto.Types.DataType.Float)));
            (a, b) = ("a_float", "b_float");
        }

        graph.Node.Add(Node("Gemm", [Input, "W"], ["base"], Int("transB", 1)));
        graph.Node.Add(Node("Gemm", [Input, a], ["xa"], Int("transB", 1)));
        graph.Node.Add(Node("Gemm", ["xa", b], ["delta"], Int("transB", 1), new AttributeProto { Name = "alpha", Type = AttributeProto.Types.AttributeType.Float, F = Scale }));
        graph.Node.Add(Node("Add", ["base", "delta"], [Output]));

        var model = new ModelProto { IrVersion = 8, ModelVersion = ModelVersion, ProducerName = "sign2gpt-tests", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 17 });
        return model.ToByteArray();
    }

    private static TensorProto Initializer(string name, long[] dims, float[] values, LoraDataType type)
    {
        var parameter = type == LoraDataType.Float16 ? LoraParameter.FromFloat16(name, dims, values) : LoraParameter.FromFloat32(name, dims, values);
        var tensor = new TensorProto { Name = name, DataType = (int)type, RawData = ByteString.CopyFrom(parameter.RawData) };
        tensor.Dims.Add(dims);
        return tensor;
    }

    private static NodeProto Node(string op, string[] inputs, string[] outputs, params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = op, Name = $"{op}_{outputs[0]}" };
        node.Input.Add(inputs);
        node.Output.Add(outputs);
        node.Attribute.Add(attributes);
        return node;
    }

    private static AttributeProto Int(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    /// <summary>A tensor declaration whose dimensions are sizes (int) or symbolic names (string).</summary>
    private static ValueInfoProto Tensor(string name, TensorProto.Types.DataType type, params object[] dims)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(dims.Select(d => d is string symbol
            ? new TensorShapeProto.Types.Dimension { DimParam = symbol }
            : new TensorShapeProto.Types.Dimension { DimValue = (int)d }));
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = shape } },
        };
    }
}
