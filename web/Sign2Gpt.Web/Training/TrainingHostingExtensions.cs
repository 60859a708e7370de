using Sign2Gpt.Contracts.Datasets;

namespace Sign2Gpt.Web.Training;

public static class TrainingHostingExtensions
{
    /// <summary>Dataset uploads into the folder shared with the trainer workers ("Datasets").</summary>
    public static IHostApplicationBuilder AddTrainingAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<DatasetStorageOptions>(builder.Configuration.GetSection(DatasetStorageOptions.Section));
        builder.Services.AddSingleton<DatasetUploads>();
        return builder;
    }
}
