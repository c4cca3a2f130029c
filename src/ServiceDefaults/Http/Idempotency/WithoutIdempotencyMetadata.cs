namespace Kazynashylyk.ServiceDefaults.Http.Idempotency;

/// <summary>
/// Marks an endpoint whose answers must never be stored and replayed, such as a login that hands out a bearer
/// token for a single-use challenge: its <c>Idempotency-Key</c> header is ignored.
/// </summary>
public sealed class WithoutIdempotencyMetadata;
