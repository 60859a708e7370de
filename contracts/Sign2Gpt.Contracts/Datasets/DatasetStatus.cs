namespace Sign2Gpt.Contracts.Datasets;

public enum DatasetStatus
{
    /// <summary>Uploaded; a trainer worker is validating and unpacking it.</summary>
    Importing,

    /// <summary>Every video and translation checked out; jobs may train on it.</summary>
    Ready,

    /// <summary>Validation found problems (listed); nothing of it was kept.</summary>
    Refused,
}
