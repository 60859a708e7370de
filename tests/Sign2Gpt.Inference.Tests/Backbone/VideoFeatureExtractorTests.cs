using Microsoft.Extensions.Options;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Media;
using Sign2Gpt.Inference.Onnx;

namespace Sign2Gpt.Inference.Tests.Backbone;

public sealed class VideoFeatureExtractorTests
{
    [Fact]
    public async Task Streaming_extraction_equals_decoding_everything_then_extracting()
    {
        var options = Options.Create(new BackboneOptions { BatchSize = 4 });
        using var backbone = ResNet18Backbone.Load(options, new OnnxSessionFactory(Options.Create(new InferenceOptions()), new RecordingLogger<OnnxSessionFactory>()));
        var extractor = new VideoFeatureExtractor(TestData.Decoder(), backbone, options);

        var features = await extractor.ExtractAsync(TestData.RealSignerVideo, CancellationToken.None);
        var decoded = await TestData.Decoder().DecodeAllAsync(TestData.RealSignerVideo, FrameGeometry.Evaluation, FrameSelection.Evaluation, CancellationToken.None);

        Assert.Equal(29, features.FrameCount);
        Assert.Equal(Enumerable.Range(0, 29).Select(i => 2 * i), features.FrameIndices);
        Assert.Equal(ResNet18Backbone.Version, features.BackboneVersion);
        Assert.Equal(backbone.Extract(decoded.Frames), features.Values);
    }

    [Fact]
    public async Task An_augmented_view_runs_the_backbone_on_every_frame_transformed_alike()
    {
        var options = Options.Create(new BackboneOptions { BatchSize = 4 });
        using var backbone = ResNet18Backbone.Load(options, new OnnxSessionFactory(Options.Create(new InferenceOptions()), new RecordingLogger<OnnxSessionFactory>()));
        var extractor = new VideoFeatureExtractor(TestData.Decoder(), backbone, options);
        var mirrored = FrameAugmentation.Identity with { FlipHorizontally = true, Brightness = 1.1 };

        var plain = await extractor.ExtractAsync(TestData.RealSignerVideo, CancellationToken.None);
        var identity = await extractor.ExtractAsync(TestData.RealSignerVideo, FrameAugmentation.Identity, CancellationToken.None);
        var view = await extractor.ExtractAsync(TestData.RealSignerVideo, mirrored, CancellationToken.None);
        var decoded = await TestData.Decoder().DecodeAllAsync(TestData.RealSignerVideo, FrameGeometry.Evaluation, FrameSelection.Evaluation, CancellationToken.None);

        Assert.Equal(plain.Values, identity.Values);
        Assert.Equal(plain.FrameIndices, view.FrameIndices);
        Assert.Equal(backbone.Extract([.. decoded.Frames.Select(f => mirrored.Apply(f, ResNet18Backbone.InputSide))]), view.Values);
        Assert.True(plain.Values.Zip(view.Values).Max(p => Math.Abs(p.First - p.Second)) > 0.1, "a mirrored, brighter view must not describe the frames as the plain one does");
    }

    [Fact]
    public async Task A_bad_video_fails_with_the_decoders_error()
    {
        var options = Options.Create(new BackboneOptions());
        using var backbone = ResNet18Backbone.Load(options, new OnnxSessionFactory(Options.Create(new InferenceOptions()), new RecordingLogger<OnnxSessionFactory>()));
        var path = Path.Combine(TestData.TempDirectory(), "bad.mp4");
        await File.WriteAllTextAsync(path, "not a video");

        await Assert.ThrowsAsync<VideoDecodeException>(() => new VideoFeatureExtractor(TestData.Decoder(), backbone, options).ExtractAsync(path, CancellationToken.None));
    }
}
