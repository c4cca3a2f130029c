namespace Kazynashylyk.Contracts.Platform;

/// <summary>The four services' names as they appear on the bus and in the gateway's routes.</summary>
public static class ServiceNames
{
    public const string Registration = "registration";
    public const string Signature = "signature";
    public const string Agreements = "agreements";
    public const string Notifications = "notifications";

    /// <summary>Every service, in the order the platform lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Registration, Signature, Agreements, Notifications];

    /// <summary>
    /// The first path segment under <c>/api/</c> that the gateway routes to a service: the service's name, except
    /// Signature, whose resources are the signatures (<c>/api/signatures/verify</c>).
    /// </summary>
    public static string ApiSegmentOf(string service) => service == Signature ? "signatures" : service;

    /// <summary>The queue on which a service answers <see cref="PingService"/>.</summary>
    public static string PingQueueOf(string service) => $"ping-{service}";
}
