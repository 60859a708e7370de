using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Sign2Gpt.Web.Ingest;

namespace Sign2Gpt.Web.Admin;

/// <summary>Lets through only requests bearing the configured operator key, compared in constant time.</summary>
public sealed class OperatorKeyFilter(IOptions<AdminOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = options.Value.OperatorKey;
        if (string.IsNullOrEmpty(configured))
        {
            return ApiError.Result(StatusCodes.Status404NotFound, "admin_disabled", "The admin API is off: no operator key is configured.");
        }

        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        var presented = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : "";
        var valid = CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
        return valid
            ? await next(context)
            : ApiError.Result(StatusCodes.Status401Unauthorized, ApiError.Unauthorized, "The admin API needs the operator key: 'Authorization: Bearer <key>'.");
    }
}
