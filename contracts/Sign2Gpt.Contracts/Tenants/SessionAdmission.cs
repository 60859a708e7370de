namespace Sign2Gpt.Contracts.Tenants;

/// <param name="RejectionCode">A <see cref="Sessions.RejectionCode"/> when refused.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.SessionAdmission")]
public sealed record SessionAdmission(
    [property: Id(0)] bool Admitted,
    [property: Id(1)] string? RejectionCode = null,
    [property: Id(2)] string? Reason = null);
