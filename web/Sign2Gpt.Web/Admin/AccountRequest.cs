using Sign2Gpt.Contracts.Accounts;

namespace Sign2Gpt.Web.Admin;

/// <summary>A portal account the operator creates for a tenant.</summary>
public sealed record AccountRequest(string Email, string Password, AccountRole Role, string? DisplayName);
