using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Media;
using Sign2Gpt.Inference.Onnx;

namespace Sign2Gpt.Inference;

public static class InferenceServiceCollectionExtensions
{
    /// <summary>Video decoding and encoding through ffmpeg, configured from the "Video" section.</summary>
    public static IServiceCollection AddSign2GptMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<VideoDecoderOptions>(configuration.GetSection(VideoDecoderOptions.Section));
        services.AddSingleton<VideoProbe>();
        services.AddSingleton<VideoDecoder>();
        services.AddSingleton<VideoEncoder>();
        return services;
    }

    /// <summary>The ResNet18 backbone on the configured device ("Inference" and "Backbone" sections), loaded once on first use.</summary>
    public static IServiceCollection AddSign2GptBackbone(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InferenceOptions>(configuration.GetSection(InferenceOptions.Section));
        services.Configure<BackboneOptions>(configuration.GetSection(BackboneOptions.Section));
        services.AddSingleton<OnnxSessionFactory>();
        services.AddSingleton(provider => ResNet18Backbone.Load(
            provider.GetRequiredService<IOptions<BackboneOptions>>(),
            provider.GetRequiredService<OnnxSessionFactory>()));
        services.AddSingleton<VideoFeatureExtractor>();
        services.Configure<ModelBundleOptions>(configuration.GetSection(ModelBundleOptions.Section));
        return services;
    }
}
