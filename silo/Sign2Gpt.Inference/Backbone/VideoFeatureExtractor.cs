using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Sign2Gpt.Inference.Media;

namespace Sign2Gpt.Inference.Backbone;

/// <summary>
/// Video in, backbone features out, with evaluation sampling. Decoding (in ffmpeg) and inference
/// overlap: frames are read ahead into a bounded queue while the previous batch runs.
/// </summary>
public sealed class VideoFeatureExtractor(VideoDecoder decoder, ResNet18Backbone backbone, IOptions<BackboneOptions> options)
{
    private readonly int _batchSize = Math.Max(1, options.Value.BatchSize);

    public async Task<VideoFeatures> ExtractAsync(string path, CancellationToken cancellationToken)
    {
        var info = await decoder.InspectAsync(path, cancellationToken);
        var frames = decoder.DecodeAsync(path, info, FrameGeometry.Evaluation, FrameSelection.Evaluation, cancellationToken);
        return await ExtractAsync(frames, info.Fps, cancellationToken);
    }

    /// <summary>A training view: the evaluation frames with one <see cref="FrameAugmentation"/> applied to every frame alike.</summary>
    public async Task<VideoFeatures> ExtractAsync(string path, FrameAugmentation augmentation, CancellationToken cancellationToken)
    {
        var info = await decoder.InspectAsync(path, cancellationToken);
        var frames = decoder.DecodeAsync(path, info, FrameGeometry.Evaluation, FrameSelection.Evaluation, cancellationToken)
            .Select(frame => augmentation.Apply(frame, ResNet18Backbone.InputSide));
        return await ExtractAsync(frames, info.Fps, cancellationToken);
    }

    public async Task<VideoFeatures> ExtractAsync(IAsyncEnumerable<RgbFrame> frames, double fps, CancellationToken cancellationToken)
    {
        var queue = Channel.CreateBounded<RgbFrame>(new BoundedChannelOptions(_batchSize * 2) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var frame in frames.WithCancellation(cancellationToken))
                    {
                        await queue.Writer.WriteAsync(frame, cancellationToken);
                    }

                    queue.Writer.Complete();
                }
                catch (Exception e)
                {
                    queue.Writer.Complete(e);
                }
            },
            cancellationToken);

        var indices = new List<int>();
        var values = new List<float>();
        var batch = new List<RgbFrame>(_batchSize);
        await foreach (var frame in queue.Reader.ReadAllAsync(cancellationToken))
        {
            batch.Add(frame);
            if (batch.Count == _batchSize)
            {
                Flush(batch, indices, values);
            }
        }

        Flush(batch, indices, values);
        await reading;
        return new VideoFeatures(ResNet18Backbone.Version, fps, [.. indices], ResNet18Backbone.FeatureSize, [.. values]);
    }

    private void Flush(List<RgbFrame> batch, List<int> indices, List<float> values)
    {
        if (batch.Count == 0)
        {
            return;
        }

        values.AddRange(backbone.Extract(batch));
        indices.AddRange(batch.Select(f => f.Index));
        batch.Clear();
    }
}
