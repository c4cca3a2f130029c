namespace Kazynashylyk.Contracts.Platform;

/// <summary>The answer to <see cref="PingService"/>.</summary>
public sealed record ServicePinged
{
    /// <summary>The id of the probe answered.</summary>
    public required Guid ProbeId { get; init; }

    /// <summary>The service that answered.</summary>
    public required string RespondedBy { get; init; }

    /// <summary>The replica that answered: host name and process id.</summary>
    public required string Instance { get; init; }
}
