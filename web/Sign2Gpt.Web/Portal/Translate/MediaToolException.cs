namespace Sign2Gpt.Web.Portal.Translate;

/// <summary>ffmpeg or ffprobe failed; the message is the tool's last error line.</summary>
public sealed class MediaToolException(string message) : Exception(message);
