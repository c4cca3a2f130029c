using Kazynashylyk.Pki.Development;

namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>The local mirror of the NCA's published files and the mapping the Signature service gets to it.</summary>
public static class PkiMirrorResources
{
    /// <summary>The NCA test CRL address prefix the mirror stands in for.</summary>
    public const string TestCrlPrefix = "http://test.pki.gov.kz/crl/";

    /// <summary>
    /// Serves <c>pki/mirror/</c> of the repository, and the development CA's CRL under <c>/development/</c> once
    /// the CA exists.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddPkiMirror(
        this IDistributedApplicationBuilder builder,
        LocalLayout layout,
        LocalDevelopmentCa developmentCa) =>
        builder.AddInternalProject<Projects.Kazynashylyk_PkiMirror>("pki-mirror")
            .WithEnvironment("Mirror__Root", Path.Combine(layout.RepositoryRoot, "pki", "mirror"))
            .WithEnvironment("Mirror__DevelopmentRoot", developmentCa.Directory)
            .WaitForCompletion(developmentCa.Init)
            .WithHttpHealthCheck("/health");

    /// <summary>
    /// Maps the NCA test CRL addresses and the development CA's addresses onto the mirror. The development OCSP
    /// address then answers 404 at once, and the engine falls back to the CRL.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPkiMirror(
        this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<ProjectResource> mirror) =>
        service
            .WithEnvironment("Signature__Mirrors__0__Prefix", TestCrlPrefix)
            .WithEnvironment("Signature__Mirrors__0__Target",
                ReferenceExpression.Create($"{mirror.GetEndpoint("http")}/crl/"))
            .WithEnvironment("Signature__Mirrors__1__Prefix", DevelopmentCaAddresses.Base)
            .WithEnvironment("Signature__Mirrors__1__Target",
                ReferenceExpression.Create($"{mirror.GetEndpoint("http")}/development/"))
            .WaitFor(mirror);
}
