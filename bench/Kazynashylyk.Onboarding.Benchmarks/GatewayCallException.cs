namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>The gateway answered other than expected; the message holds the call and the whole body.</summary>
internal sealed class GatewayCallException(string message) : Exception(message);
