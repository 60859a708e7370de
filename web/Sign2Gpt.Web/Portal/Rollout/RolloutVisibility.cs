using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Web.Portal.Accounts;

namespace Sign2Gpt.Web.Portal.Rollout;

/// <summary>
/// What of a language's rollout a portal user may see: operators all of it; a tenant admin the global versions and
/// their own tenant's, their own pin, and no history line about another tenant.
/// </summary>
public static class RolloutVisibility
{
    public static AdapterRollout For(PortalUser user, AdapterRollout rollout)
    {
        if (user.IsOperator)
        {
            return rollout;
        }

        var ownDetail = $"tenant {user.TenantId}";
        return rollout with
        {
            Versions = [.. rollout.Versions.Where(v => v.TenantId is null || v.TenantId == user.TenantId)],
            Pins = rollout.Pins.Where(p => p.Key == user.TenantId).ToDictionary(p => p.Key, p => p.Value),
            History = [.. rollout.History.Where(e => e.Detail is not { } detail || !detail.StartsWith("tenant ", StringComparison.Ordinal) || detail == ownDetail)],
        };
    }
}
