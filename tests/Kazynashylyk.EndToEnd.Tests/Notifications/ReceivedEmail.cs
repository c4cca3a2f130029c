namespace Kazynashylyk.EndToEnd.Tests.Notifications;

/// <summary>One message as smtp4dev lists it.</summary>
public sealed record ReceivedEmail(string Id, string Subject);
