namespace Sign2Gpt.Web.Portal.Layout;

/// <summary>A change waiting for its confirmation: what it will do, in words, and how.</summary>
public sealed record PendingChange(string Description, Func<CancellationToken, Task> Apply);
