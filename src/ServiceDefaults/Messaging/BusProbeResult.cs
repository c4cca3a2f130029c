namespace Kazynashylyk.ServiceDefaults.Messaging;

/// <summary>The answer of the bus probe endpoint.</summary>
public sealed record BusProbeResult
{
    public required string RequestedBy { get; init; }

    /// <summary>The replica that sent the probe (and so took the HTTP request).</summary>
    public required string RequestedByInstance { get; init; }

    public required string RespondedBy { get; init; }

    public required string Instance { get; init; }

    public double RoundTripMs { get; init; }
}
