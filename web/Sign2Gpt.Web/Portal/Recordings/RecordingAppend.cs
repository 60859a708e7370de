namespace Sign2Gpt.Web.Portal.Recordings;

/// <summary>What <see cref="IRecordingStore.AppendAsync"/> did with a chunk.</summary>
public enum RecordingAppend
{
    Appended,

    /// <summary>The chunk was added before: nothing changed.</summary>
    Duplicate,

    /// <summary>An earlier chunk is still missing: nothing changed. A recording takes its chunks in order.</summary>
    OutOfOrder,

    /// <summary>No recording of the session takes chunks: none was begun, or it was saved whole since.</summary>
    NotOpen,
}
