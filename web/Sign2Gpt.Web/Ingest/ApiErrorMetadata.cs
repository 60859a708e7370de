using Microsoft.AspNetCore.Http.Metadata;

namespace Sign2Gpt.Web.Ingest;

/// <summary>Declares <see cref="ApiError"/> responses for OpenAPI, since a JSON result of variable status carries none.</summary>
public static class ApiErrorMetadata
{
    public static TBuilder ProducesApiError<TBuilder>(this TBuilder builder, params int[] statusCodes)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var statusCode in statusCodes)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(statusCode, typeof(ApiError), ["application/json"]));
        }

        return builder;
    }
}
