namespace Sign2Gpt.Web.Portal.Translate;

/// <summary>An upload the portal cannot translate; the message is for the person who uploaded it.</summary>
public sealed class UploadRejectedException(string message) : Exception(message);
