using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Media;
using Sign2Gpt.Inference.Onnx;

namespace Sign2Gpt.Inference.Tests.Backbone;

public sealed class ResNet18BackboneTests : IClassFixture<ResNet18BackboneTests.RealFrames>
{
    private readonly RealFrames _frames;

    public ResNet18BackboneTests(RealFrames frames) => _frames = frames;

    [Fact]
    public void Real_frames_give_grid_features_that_are_non_negative_and_differ_between_frames()
    {
        using var backbone = Load();
        const int size = ResNet18Backbone.FeatureSize;

        var features = backbone.Extract(_frames.Frames);

        Assert.Equal(4608, size);
        Assert.Equal(29 * size, features.Length);
        Assert.All(features, f => Assert.True(float.IsFinite(f) && f >= 0));
        var first = features.AsSpan(0, size).ToArray();
        var last = features.AsSpan(28 * size, size).ToArray();
        Assert.True(first.Zip(last).Sum(p => Math.Abs(p.First - p.Second)) > 1, "a signer moving must change the features");
    }

    [Fact]
    public void Packed_frames_give_the_features_of_the_frames_and_a_wrong_length_is_refused()
    {
        using var backbone = Load();
        var frames = _frames.Frames.Take(11).ToList();
        var packed = frames.SelectMany(f => f.Pixels).ToArray();

        Assert.Equal(backbone.Extract(frames), backbone.Extract(packed, frames.Count));
        Assert.Throws<ArgumentException>(() => backbone.Extract(packed, frames.Count + 1));
    }

    [Fact]
    public void Fused_graph_matches_the_packages_preprocessing_and_network_run_separately_pooled_on_a_3x3_grid()
    {
        using var backbone = Load();
        var frame = _frames.Frames[10];
        var fused = backbone.Extract([frame]);

        var (map, global) = RunPackageModelsUnchanged(frame);
        var reference = GridPool(map);

        Assert.Equal(fused.Length, reference.Length);
        var maxDifference = fused.Zip(reference).Max(p => Math.Abs(p.First - p.Second));
        Assert.True(maxDifference < 1e-3, $"max difference {maxDifference}");
        var mapMean = Enumerable.Range(0, 512).Select(c => map.AsSpan(c * 49, 49).ToArray().Average()).ToArray();
        Assert.True(mapMean.Zip(global).Max(p => Math.Abs(p.First - p.Second)) < 1e-3, "the map read out must be the one the package's global pool averages");
    }

    [Fact]
    public void Batch_size_does_not_change_the_features()
    {
        using var single = Load(batchSize: 1);
        using var batched = Load(batchSize: 8);

        var a = single.Extract(_frames.Frames.Take(11).ToList());
        var b = batched.Extract(_frames.Frames.Take(11).ToList());

        Assert.True(a.Zip(b).Max(p => Math.Abs(p.First - p.Second)) < 1e-4);
    }

    [Fact]
    public void Frames_of_the_wrong_size_are_refused_with_their_size()
    {
        using var backbone = Load();

        var error = Assert.Throws<ArgumentException>(() => backbone.Extract([new RgbFrame(3, 100, 80, new byte[100 * 80 * 3])]));

        Assert.Contains("100x80", error.Message);
    }

    [Fact]
    public void The_device_in_use_is_logged()
    {
        var logger = new RecordingLogger<OnnxSessionFactory>();
        using var backbone = ResNet18Backbone.Load(
            Microsoft.Extensions.Options.Options.Create(new BackboneOptions()),
            new OnnxSessionFactory(Microsoft.Extensions.Options.Options.Create(new InferenceOptions()), logger));

        Assert.Contains(logger.Lines, line => line.Contains($"runs on {backbone.Device}"));
    }

    [Fact]
    public void Cuda_requested_where_it_cannot_load_is_a_clear_error()
    {
        using var auto = Load();
        if (auto.Device.IsGpu)
        {
            return;
        }

        var error = Assert.Throws<InvalidOperationException>(() => Load(device: "cuda:0"));

        Assert.Contains("CUDA device 0 was requested", error.Message);
    }

    [Fact]
    public void Missing_model_files_name_the_file()
    {
        var error = Assert.Throws<FileNotFoundException>(() => ResNet18Backbone.Load(
            Microsoft.Extensions.Options.Options.Create(new BackboneOptions { ModelDirectory = "/nonexistent" }),
            Sessions("auto")));

        Assert.Contains("/nonexistent/ResNet18.onnx", error.Message);
    }

    private static ResNet18Backbone Load(int batchSize = 16, string device = "auto") =>
        ResNet18Backbone.Load(Microsoft.Extensions.Options.Options.Create(new BackboneOptions { BatchSize = batchSize }), Sessions(device));

    private static OnnxSessionFactory Sessions(string device) =>
        new(Microsoft.Extensions.Options.Options.Create(new InferenceOptions { Device = device }), new RecordingLogger<OnnxSessionFactory>());

    /// <summary>
    /// The package's own two graphs: float NCHW RGB in, preprocess, then ResNet18 with its last 7x7 feature map
    /// added as an output beside its global pool; nothing else changed.
    /// </summary>
    private static (float[] Map, float[] Global) RunPackageModelsUnchanged(RgbFrame frame)
    {
        var directory = new BackboneOptions().ModelDirectory;
        var input = new DenseTensor<float>([1, 3, 224, 224]);
        for (var y = 0; y < 224; y++)
        {
            for (var x = 0; x < 224; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    input[0, c, y, x] = frame.Pixels[(((y * 224) + x) * 3) + c];
                }
            }
        }

        using var preprocess = new InferenceSession(Path.Combine(directory, "ResNetPreprocess.onnx"));
        using var prepared = preprocess.Run([NamedOnnxValue.CreateFromTensor("OriginalInput", input)]);
        var model = global::Onnx.ModelProto.Parser.ParseFrom(File.ReadAllBytes(Path.Combine(directory, "ResNet18.onnx")));
        model.Graph.Output.Add(new global::Onnx.ValueInfoProto { Name = "ReLU393_Output_0" });
        using var resnet = new InferenceSession(Google.Protobuf.MessageExtensions.ToByteArray(model));
        using var output = resnet.Run([NamedOnnxValue.CreateFromTensor("Input247", prepared[0].AsTensor<float>())]);
        var global = output.Single(o => o.Name == "Pooling395_Output_0").AsTensor<float>().ToArray();
        var map = output.Single(o => o.Name == "ReLU393_Output_0").AsTensor<float>().ToArray();
        return (map, global);
    }

    /// <summary>Means of 3x3 windows at stride 2 over a [512, 7, 7] map, channel-major like the graph's Flatten.</summary>
    private static float[] GridPool(float[] map)
    {
        var pooled = new float[512 * 9];
        for (var c = 0; c < 512; c++)
        {
            for (var gy = 0; gy < 3; gy++)
            {
                for (var gx = 0; gx < 3; gx++)
                {
                    var sum = 0f;
                    for (var y = 0; y < 3; y++)
                    {
                        for (var x = 0; x < 3; x++)
                        {
                            sum += map[(c * 49) + (((gy * 2) + y) * 7) + (gx * 2) + x];
                        }
                    }

                    pooled[(c * 9) + (gy * 3) + gx] = sum / 9;
                }
            }
        }

        return pooled;
    }

    public sealed class RealFrames
    {
        public RealFrames() =>
            Frames = TestData.Decoder().DecodeAllAsync(TestData.RealSignerVideo, FrameGeometry.Evaluation, FrameSelection.Evaluation, CancellationToken.None)
                .GetAwaiter().GetResult().Frames;

        public IReadOnlyList<RgbFrame> Frames { get; }
    }
}
