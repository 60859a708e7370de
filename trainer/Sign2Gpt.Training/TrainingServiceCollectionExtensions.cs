using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sign2Gpt.Datasets.Features;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Training.Runs;
using Sign2Gpt.Training.Training;

namespace Sign2Gpt.Training;

public static class TrainingServiceCollectionExtensions
{
    /// <summary>The feature cache ("FeatureCache:Root", default ~/.cache/sign2gpt/features), the training loop, and the services runs share.</summary>
    public static IServiceCollection AddSign2GptTraining(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider => new FeatureCache(
            configuration["FeatureCache:Root"] ?? FeatureCache.DefaultRoot,
            provider.GetRequiredService<ILogger<FeatureCache>>()));
        services.AddSingleton<TrainingLoop>();
        services.AddSingleton(provider => new TrainingServices(
            provider.GetRequiredService<FeatureCache>(),
            new Lazy<VideoFeatureExtractor>(provider.GetRequiredService<VideoFeatureExtractor>),
            provider.GetRequiredService<TrainingLoop>(),
            provider.GetRequiredService<ILoggerFactory>()));
        return services;
    }
}
