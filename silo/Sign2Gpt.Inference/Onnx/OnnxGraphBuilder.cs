using Google.Protobuf;
using Onnx;

namespace Sign2Gpt.Inference.Onnx;

/// <summary>
/// Writes an ONNX graph node by node: typed inputs and outputs with symbolic dimensions, initializers
/// (optionally stored as float16 and widened once at load), overridable initializers (graph inputs with
/// a default value, the form ONNX Runtime LoRA adapters replace), and nodes with generated output names.
/// </summary>
public sealed class OnnxGraphBuilder
{
    public const int Opset = 17;

    private readonly GraphProto _graph;
    private readonly HashSet<string> _constants = [];
    private int _counter;

    public OnnxGraphBuilder(string name) => _graph = new GraphProto { Name = name };

    public string Input(string name, TensorProto.Types.DataType type, params object[] dims)
    {
        _graph.Input.Add(ValueInfo(name, type, dims));
        return name;
    }

    /// <summary>Publishes <paramref name="value"/> as graph output <paramref name="name"/>.</summary>
    public void Output(string value, string name, TensorProto.Types.DataType type, params object[] dims)
    {
        var node = new NodeProto { OpType = "Identity", Name = $"output_{name}" };
        node.Input.Add(value);
        node.Output.Add(name);
        _graph.Node.Add(node);
        _graph.Output.Add(ValueInfo(name, type, dims));
    }

    /// <summary>A constant weight. Stored as float16 when asked, with a Cast the runtime folds away at load.</summary>
    public string Weight(string name, float[] values, long[] dims, bool storeAsFloat16 = false)
    {
        CheckCount(name, values.Length, dims);
        if (!storeAsFloat16)
        {
            _graph.Initializer.Add(FloatTensor(name, values, dims));
            return name;
        }

        var halves = new byte[values.Length * 2];
        for (var i = 0; i < values.Length; i++)
        {
            BitConverter.TryWriteBytes(halves.AsSpan(i * 2, 2), (Half)values[i]);
        }

        var stored = name + ".fp16";
        var tensor = new TensorProto { Name = stored, DataType = (int)TensorProto.Types.DataType.Float16, RawData = ByteString.CopyFrom(halves) };
        tensor.Dims.Add(dims);
        _graph.Initializer.Add(tensor);
        return Node("Cast", [stored], name, OnnxAttributes.Scalar("to", (long)TensorProto.Types.DataType.Float));
    }

    /// <summary>A weight that a caller (an ONNX Runtime LoRA adapter) may replace per run: a graph input with a default.</summary>
    public string OverridableWeight(string name, float[] values, long[] dims)
    {
        CheckCount(name, values.Length, dims);
        _graph.Initializer.Add(FloatTensor(name, values, dims));
        _graph.Input.Add(ValueInfo(name, TensorProto.Types.DataType.Float, [.. dims.Cast<object>()]));
        return name;
    }

    /// <summary>An int64 constant, shared by every node that asks for the same values.</summary>
    public string Constant(long[] values, params long[] dims)
    {
        var key = $"const_i64_[{string.Join(",", dims)}]_{string.Join("_", values)}";
        if (_constants.Add(key))
        {
            var tensor = new TensorProto { Name = key, DataType = (int)TensorProto.Types.DataType.Int64 };
            tensor.Dims.Add(dims);
            tensor.Int64Data.Add(values);
            _graph.Initializer.Add(tensor);
        }

        return key;
    }

    /// <summary>A float scalar constant, shared by every node that asks for the same value.</summary>
    public string Constant(float value)
    {
        var key = $"const_f32_{BitConverter.SingleToInt32Bits(value):x8}";
        if (_constants.Add(key))
        {
            _graph.Initializer.Add(FloatTensor(key, [value], []));
        }

        return key;
    }

    /// <summary>A float constant table (position encodings, rotary tables), stored once under its name.</summary>
    public string Table(string name, float[] values, params long[] dims)
    {
        CheckCount(name, values.Length, dims);
        if (_constants.Add(name))
        {
            _graph.Initializer.Add(FloatTensor(name, values, dims));
        }

        return name;
    }

    /// <summary>Adds a node with one output, named after <paramref name="hint"/> plus a unique number.</summary>
    public string Node(string op, string[] inputs, string hint, params AttributeProto[] attributes) =>
        Nodes(op, inputs, [hint], attributes)[0];

    /// <summary>Adds a node with several outputs; each hint becomes a unique output name.</summary>
    public string[] Nodes(string op, string[] inputs, string[] hints, params AttributeProto[] attributes)
    {
        var outputs = hints.Select(h => $"{h}_{_counter++}").ToArray();
        var node = new NodeProto { OpType = op, Name = $"{op}_{_counter++}" };
        node.Input.Add(inputs);
        node.Output.Add(outputs);
        node.Attribute.Add(attributes);
        _graph.Node.Add(node);
        return outputs;
    }

    public ModelProto Build(string producer)
    {
        var model = new ModelProto
        {
            IrVersion = 8,
            ProducerName = producer,
            Graph = _graph,
        };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = Opset });
        return model;
    }

    public byte[] ToBytes(string producer) => Build(producer).ToByteArray();

    private static void CheckCount(string name, int count, long[] dims)
    {
        var expected = dims.Aggregate(1L, (a, b) => a * b);
        if (expected != count)
        {
            throw new ArgumentException($"Weight '{name}' has {count} values but shape [{string.Join(", ", dims)}] needs {expected}.");
        }
    }

    private static TensorProto FloatTensor(string name, float[] values, long[] dims)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        tensor.Dims.Add(dims);
        var bytes = new byte[values.Length * sizeof(float)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        tensor.RawData = ByteString.CopyFrom(bytes);
        return tensor;
    }

    internal static ValueInfoProto ValueInfo(string name, TensorProto.Types.DataType type, object[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var dim in dims)
        {
            shape.Dim.Add(dim switch
            {
                string symbol => new TensorShapeProto.Types.Dimension { DimParam = symbol },
                long value => new TensorShapeProto.Types.Dimension { DimValue = value },
                int value => new TensorShapeProto.Types.Dimension { DimValue = value },
                _ => throw new ArgumentException($"Dimension '{dim}' of '{name}' must be a number or a symbol name."),
            });
        }

        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = shape } },
        };
    }
}
