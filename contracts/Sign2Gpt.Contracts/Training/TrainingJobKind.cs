namespace Sign2Gpt.Contracts.Training;

/// <summary>What a queued job does; workers claim one kind at a time, so short imports never wait behind a long retrain.</summary>
public enum TrainingJobKind
{
    /// <summary>Train, evaluate, gate and publish a language's adapter from a dataset.</summary>
    Retrain,

    /// <summary>Validate and unpack an uploaded dataset.</summary>
    ImportDataset,
}
