namespace Kazynashylyk.Contracts.Platform;

/// <summary>
/// Asks one service, through its own queue on the bus, to answer with <see cref="ServicePinged"/>: the proof that
/// a message makes the round trip between two services over RabbitMQ.
/// </summary>
public sealed record PingService
{
    /// <summary>The id of this probe; the answer echoes it.</summary>
    public required Guid ProbeId { get; init; }

    /// <summary>The service that asks.</summary>
    public required string RequestedBy { get; init; }

    /// <summary>When the probe left the asking service.</summary>
    public required DateTimeOffset SentAt { get; init; }
}
