namespace Kazynashylyk.Notifications.Deliveries;

/// <summary>A delivery record as the API returns it (the recipient's address is never part of it).</summary>
public sealed record DeliveryResponse(
    Guid NotificationId,
    string Channel,
    string Template,
    string Language,
    string Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? DeliveredAt,
    string? TraceId);
