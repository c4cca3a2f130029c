namespace Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

/// <summary>How long the step consumer works, so a test can catch messages in flight.</summary>
public sealed record StepSettings(TimeSpan Duration);
