namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>The local mirror of the NCA's published files and the mapping the Signature service gets to it.</summary>
public static class PkiMirrorResources
{
    /// <summary>The NCA test CRL address prefix the mirror stands in for.</summary>
    public const string TestCrlPrefix = "http://test.pki.gov.kz/crl/";

    public static IResourceBuilder<ProjectResource> AddPkiMirror(
        this IDistributedApplicationBuilder builder,
        LocalLayout layout) =>
        builder.AddInternalProject<Projects.Kazynashylyk_PkiMirror>("pki-mirror")
            .WithEnvironment("Mirror__Root", Path.Combine(layout.RepositoryRoot, "pki", "mirror"))
            .WithHttpHealthCheck("/health");

    /// <summary>Maps the NCA test CRL addresses onto the mirror.</summary>
    public static IResourceBuilder<ProjectResource> WithPkiMirror(
        this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<ProjectResource> mirror) =>
        service
            .WithEnvironment("Signature__Mirrors__0__Prefix", TestCrlPrefix)
            .WithEnvironment("Signature__Mirrors__0__Target",
                ReferenceExpression.Create($"{mirror.GetEndpoint("http")}/crl/"))
            .WaitFor(mirror);
}
