using System.Text.Json.Serialization;

namespace Kazynashylyk.ServiceDefaults.Http.Idempotency;

/// <summary>
/// What Redis holds under an idempotency key: while the first request runs, a lock (<see cref="LockId"/>, no
/// <see cref="Status"/>); once it answered, the response to replay. Both carry the request's fingerprint.
/// </summary>
internal sealed record IdempotencyRecord
{
    public required string Fingerprint { get; init; }

    /// <summary>The lock's owner; set only while the first request runs.</summary>
    public string? LockId { get; init; }

    public int? Status { get; init; }

    public string? ContentType { get; init; }

    public Dictionary<string, string> Headers { get; init; } = [];

    public byte[] Body { get; init; } = [];

    [JsonIgnore]
    public bool IsPending => Status is null;
}
