namespace Kazynashylyk.Contracts.Registration;

/// <summary>A system user was closed, temporarily or as erroneous, by an operator or the client's head.</summary>
public sealed record SystemUserClosed
{
    public required Guid UserId { get; init; }

    public required Guid ClientId { get; init; }

    /// <summary>The status the user got: "temporarily-closed" or "closed-erroneous".</summary>
    public required string Status { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset ClosedAt { get; init; }
}
