using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Kazynashylyk.PkiMirror;

/// <summary>
/// A read-only mirror of the NCA's published files (CRLs, delta CRLs, CA certificates) for networks that cannot
/// reach pki.gov.kz: the Signature service maps the NCA's addresses onto it by configuration. It can also publish
/// the development CA's CRL under <c>/development/crl/</c>.
/// </summary>
public static class MirrorEndpoints
{
    /// <summary>The path under which the development CA's files are served.</summary>
    public const string DevelopmentPath = "/development";

    public static WebApplication MapMirror(this WebApplication app, string root, string? developmentRoot)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".crl"] = "application/pkix-crl";
        types.Mappings[".cer"] = "application/pkix-cert";

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(root)),
            ContentTypeProvider = types,
        });

        // Only the CRL folder of the development CA is published: its private/ folder holds the CA's keys.
        if (!string.IsNullOrWhiteSpace(developmentRoot))
        {
            var crls = Path.Combine(Path.GetFullPath(developmentRoot), "crl");
            Directory.CreateDirectory(crls);
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = $"{DevelopmentPath}/crl",
                FileProvider = new PhysicalFileProvider(crls),
                ContentTypeProvider = types,
            });
        }

        app.MapGet("/health", () => TypedResults.Ok("Healthy"));

        return app;
    }
}
