namespace Kazynashylyk.Notifications.Data;

/// <summary>The ways a notification reaches a person.</summary>
public static class DeliveryChannel
{
    public const string Email = "email";
}
