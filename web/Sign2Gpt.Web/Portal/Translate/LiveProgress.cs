namespace Sign2Gpt.Web.Portal.Translate;

/// <summary>What the live page's script reports after each chunk it records or sends.</summary>
/// <param name="RecordedSeconds">Since recording started.</param>
/// <param name="QueuedChunks">Recorded, not yet sent: more than a few means the connection is slower than the camera.</param>
public sealed record LiveProgress(double RecordedSeconds, int SentChunks, long SentBytes, int QueuedChunks);
