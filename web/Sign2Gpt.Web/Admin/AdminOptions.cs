namespace Sign2Gpt.Web.Admin;

/// <summary>The platform operator's credential ("Admin" section); without one the admin API answers 404.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public string? OperatorKey { get; set; }
}
