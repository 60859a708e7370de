namespace Sign2Gpt.Web.Admin;

public static class AdminHostingExtensions
{
    public static IHostApplicationBuilder AddAdminApi(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<AdminOptions>(builder.Configuration.GetSection(AdminOptions.Section));
        builder.Services.AddSingleton<OperatorKeyFilter>();
        return builder;
    }
}
