using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sign2Gpt.Contracts.Datasets;
using Sign2Gpt.Datasets.Imports;
using Sign2Gpt.Inference;
using Sign2Gpt.Trainer.Imports;
using Sign2Gpt.Trainer.Retraining;
using Sign2Gpt.Trainer.Telemetry;
using Sign2Gpt.Training;

namespace Sign2Gpt.Trainer.Hosting;

public static class TrainerHostingExtensions
{
    /// <summary>The two job loops (dataset imports, adapter retraining) and what they run on: media, backbone, feature cache, training loop.</summary>
    public static IHostApplicationBuilder AddTrainerWorkers(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.Configure<TrainerOptions>(configuration.GetSection(TrainerOptions.Section));
        builder.Services.Configure<DatasetStorageOptions>(configuration.GetSection(DatasetStorageOptions.Section));
        builder.Services.AddSign2GptMedia(configuration);
        builder.Services.AddSign2GptBackbone(configuration);
        builder.Services.AddSign2GptTraining(configuration);
        builder.Services.AddSingleton<DatasetImporter>();
        builder.Services.AddSingleton<ServedBundle>();
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<TrainerMetrics>();
        builder.Services.AddSingleton<ReferenceSets>();
        builder.Services.AddHostedService<DatasetImportWorker>();
        builder.Services.AddHostedService<RetrainWorker>();
        return builder;
    }
}
