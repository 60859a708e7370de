using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Silo.Hosting;

namespace Sign2Gpt.Silo.Tenants;

public sealed class TenantDirectoryGrain([PersistentState("tenants", SiloHostingExtensions.StorageName)] IPersistentState<TenantDirectoryState> state)
    : Grain, ITenantDirectoryGrain
{
    public async Task RegisterAsync(string tenantId, string displayName, CancellationToken cancellationToken = default)
    {
        if (state.State.Tenants.TryGetValue(tenantId, out var known) && known == displayName)
        {
            return;
        }

        state.State.Tenants[tenantId] = displayName;
        await state.WriteStateAsync(cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new SortedDictionary<string, string>(state.State.Tenants, StringComparer.Ordinal));
}
