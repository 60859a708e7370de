using Sign2Gpt.Contracts.Datasets;
using Sign2Gpt.Contracts.Training;

namespace Sign2Gpt.Web.Portal.Retraining;

/// <summary>One owner's datasets and retrain jobs, newest first, as one refresh of the training page reads them.</summary>
/// <param name="Imports">Each importing dataset's import job, by dataset id: whether a worker has it yet.</param>
public sealed record TrainingOverview(
    IReadOnlyList<DatasetInfo> Datasets,
    IReadOnlyList<TrainingJob> Jobs,
    IReadOnlyDictionary<string, TrainingJobStatus> Imports);
