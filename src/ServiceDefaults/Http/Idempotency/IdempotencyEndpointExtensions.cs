using Microsoft.AspNetCore.Builder;

namespace Kazynashylyk.ServiceDefaults.Http.Idempotency;

/// <summary>How an endpoint opts out of <c>Idempotency-Key</c> handling.</summary>
public static class IdempotencyEndpointExtensions
{
    /// <summary>
    /// Answers of this endpoint are never stored for replay (a token must not be handed out twice); the header is
    /// ignored.
    /// </summary>
    public static TBuilder WithoutIdempotency<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new WithoutIdempotencyMetadata());
}
