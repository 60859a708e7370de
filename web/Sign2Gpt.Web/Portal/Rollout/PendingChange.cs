namespace Sign2Gpt.Web.Portal.Rollout;

/// <summary>A rollout change waiting for its confirmation: what it will do, in words, and how.</summary>
public sealed record PendingChange(string Description, Func<CancellationToken, Task> Apply);
