using Google.Protobuf;
using Onnx;
using Sign2Gpt.Inference.Onnx;

namespace Sign2Gpt.Inference.Backbone;

/// <summary>
/// Builds one ONNX graph from the ML.NET package's two: RGB bytes in (NHWC, as ffmpeg decodes them),
/// the package's own preprocessing (RGB to BGR, minus its mean image), ImageNet ResNet18, and a
/// [batch, 3 x 3 x 512] feature out. The batch dimension is made symbolic; the CNTK export fixed it at 1.
/// Fusing keeps the preprocessing exactly the package's and moves the byte-to-float work into the runtime.
/// The package's global average pool is replaced by a 3 x 3 grid of pools over the last 7 x 7 map: a signer's
/// hands fill a few cells of a frame, and averaging them with the whole frame loses which hand shape is where.
/// </summary>
internal static class ResNet18Graph
{
    public const string Input = "frames";
    public const string Output = "features";
    public const int Side = 224;
    public const int Channels = 512;
    public const int Grid = 3;
    public const int FeatureSize = Channels * Grid * Grid;

    private const string ResNetInput = "Input247";
    private const string ResNetOutput = "Pooling395_Output_0";
    private const string LastMap = "ReLU393_Output_0";
    private const string MeanImage = "MeanImage";
    private const string Batch = "batch";

    public static byte[] Build(byte[] resnet, byte[] preprocess)
    {
        var model = ModelProto.Parser.ParseFrom(resnet);
        var prep = ModelProto.Parser.ParseFrom(preprocess);
        var graph = model.Graph;
        if (graph.Input.All(i => i.Name != ResNetInput) || graph.Output.All(o => o.Name != ResNetOutput)
            || graph.Node.All(n => !n.Output.Contains(LastMap)))
        {
            throw new InvalidDataException($"ResNet18.onnx does not have the expected input '{ResNetInput}', last feature map '{LastMap}' and output '{ResNetOutput}'.");
        }

        var mean = prep.Graph.Initializer.SingleOrDefault(t => t.Name == MeanImage)
            ?? throw new InvalidDataException($"ResNetPreprocess.onnx has no '{MeanImage}' initializer.");

        var body = graph.Node.Where(n => !n.Output.Contains(ResNetOutput)).ToList();
        graph.Node.Clear();
        graph.Node.Add(Node("Cast", [Input], ["frames_float"], OnnxAttributes.Scalar("to", (long)TensorProto.Types.DataType.Float)));
        graph.Node.Add(Node("Transpose", ["frames_float"], ["frames_rgb"], OnnxAttributes.List("perm", 0, 3, 1, 2)));
        graph.Node.Add(Node("Gather", ["frames_rgb", "bgr_order"], ["frames_bgr"], OnnxAttributes.Scalar("axis", 1)));
        graph.Node.Add(Node("Sub", ["frames_bgr", MeanImage], [ResNetInput]));
        graph.Node.Add(body);
        graph.Node.Add(Node("AveragePool", [LastMap], ["grid"], OnnxAttributes.List("kernel_shape", 3, 3), OnnxAttributes.List("strides", 2, 2)));
        graph.Node.Add(Node("Flatten", ["grid"], [Output], OnnxAttributes.Scalar("axis", 1)));

        graph.Initializer.Add(mean);
        graph.Initializer.Add(new TensorProto
        {
            Name = "bgr_order",
            DataType = (int)TensorProto.Types.DataType.Int64,
            Dims = { 3 },
            Int64Data = { 2, 1, 0 },
        });

        var initializers = graph.Initializer.Select(t => t.Name).ToHashSet();
        var weights = graph.Input.Where(i => initializers.Contains(i.Name)).ToList();
        graph.Input.Clear();
        graph.Input.Add(Tensor(Input, TensorProto.Types.DataType.Uint8, Side, Side, 3));
        graph.Input.Add(weights);
        graph.Output.Clear();
        graph.Output.Add(Tensor(Output, TensorProto.Types.DataType.Float, FeatureSize));

        // The export's intermediate shapes all say batch 1; the runtime infers them again.
        graph.ValueInfo.Clear();
        model.IrVersion = Math.Max(model.IrVersion, 4);
        return model.ToByteArray();
    }

    private static NodeProto Node(string op, string[] inputs, string[] outputs, params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = op, Name = $"sign2gpt_{op}_{outputs[0]}" };
        node.Input.Add(inputs);
        node.Output.Add(outputs);
        node.Attribute.Add(attributes);
        return node;
    }

    private static ValueInfoProto Tensor(string name, TensorProto.Types.DataType type, params long[] dims) =>
        OnnxGraphBuilder.ValueInfo(name, type, [Batch, .. dims.Cast<object>()]);
}
