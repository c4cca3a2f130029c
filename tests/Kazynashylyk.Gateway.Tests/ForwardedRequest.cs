namespace Kazynashylyk.Gateway.Tests;

/// <summary>One request as the fake backend received it.</summary>
public sealed record ForwardedRequest(string Method, string Path, string Authorization);
