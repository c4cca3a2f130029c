namespace Kazynashylyk.Notifications.Data;

/// <summary>The states of a <see cref="DeliveryRecord"/>.</summary>
public static class DeliveryStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
}
