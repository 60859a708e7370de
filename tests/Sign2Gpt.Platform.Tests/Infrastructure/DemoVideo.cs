using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Silo.Hosting;
using Sign2Gpt.Silo.Serving;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>The demo bundle's 10 s SynthSign sample, as chunks a client would send, and its offline translation.</summary>
public static class DemoVideo
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "models", "demo", "samples", "bench-10s.mp4");

    public static IReadOnlyList<byte[]> Chunks(int size)
    {
        var bytes = File.ReadAllBytes(Path);
        return [.. bytes.Chunk(size)];
    }

    /// <summary>What <c>sign2gpt translate</c> says for the whole file, through the same engine the silo uses.</summary>
    public static Task<Translation> TranslateOfflineAsync(string language) => TranslateOfflineAsync(Path, language);

    /// <summary>The same for the bytes a client streamed (the segmenter re-encodes the video as a phone would).</summary>
    public static async Task<Translation> TranslateOfflineAsync(byte[] video, string language)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sign2gpt-sent-{Guid.NewGuid():N}.mp4");
        try
        {
            await File.WriteAllBytesAsync(path, video);
            return await TranslateOfflineAsync(path, language);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The same for another video file.</summary>
    public static async Task<Translation> TranslateOfflineAsync(string path, string language)
    {
        var configuration = new ConfigurationBuilder().Build();
        await using var provider = new ServiceCollection().AddLogging().AddSign2GptServing(configuration, redis: null).BuildServiceProvider();
        var features = await provider.GetRequiredService<VideoFeatureExtractor>().ExtractAsync(path, CancellationToken.None);
        var worker = provider.GetRequiredService<DeviceWorkers>().Primary;
        return await provider.GetRequiredService<TranslationEngine>().TranslateAsync(
            worker, FeatureRequest.Of(features, language, adapterVersion: null, isFinal: true), CancellationToken.None);
    }
}
