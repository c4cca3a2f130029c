namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>The one-shot resource that creates or reopens the development CA, and the CA's folder.</summary>
public sealed record LocalDevelopmentCa(IResourceBuilder<ProjectResource> Init, string Directory);
