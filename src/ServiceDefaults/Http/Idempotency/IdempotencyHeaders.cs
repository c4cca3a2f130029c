namespace Kazynashylyk.ServiceDefaults.Http.Idempotency;

/// <summary>The headers of idempotent requests.</summary>
public static class IdempotencyHeaders
{
    /// <summary>The client's key for one logical operation: 1 to 200 printable ASCII characters.</summary>
    public const string Key = "Idempotency-Key";

    /// <summary>Set to <c>true</c> on a response replayed from storage instead of produced by the endpoint.</summary>
    public const string Replayed = "Idempotency-Replayed";
}
