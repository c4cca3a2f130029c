namespace Kazynashylyk.ServiceDefaults.Http.Idempotency;

/// <summary>How long idempotent responses are kept and how much of them (section <c>Idempotency</c>).</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long a stored response is replayed for its key.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long the first request holds its key while it runs. Known limitation: a handler that runs longer
    /// loses the key, and a repeat arriving after that runs again, because the lock is not extended while the
    /// handler works; no endpoint of the platform comes near two minutes.
    /// </summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The largest response body stored for replay; a larger response is sent but not stored.</summary>
    public int MaxStoredBodyBytes { get; set; } = 1024 * 1024;
}
