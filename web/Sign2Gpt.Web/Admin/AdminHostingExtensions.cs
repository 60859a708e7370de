using Microsoft.Extensions.DependencyInjection.Extensions;
using Sign2Gpt.Web.Portal.Accounts;

namespace Sign2Gpt.Web.Admin;

public static class AdminHostingExtensions
{
    public static IHostApplicationBuilder AddAdminApi(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<AdminOptions>(builder.Configuration.GetSection(AdminOptions.Section));
        builder.Services.AddSingleton<OperatorKeyFilter>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<AccountDirectory>();
        return builder;
    }
}
