using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Kazynashylyk.PkiMirror;

/// <summary>
/// A read-only mirror of the NCA's published files (CRLs, delta CRLs, CA certificates) for networks that cannot
/// reach pki.gov.kz: the Signature service maps the NCA's addresses onto it by configuration.
/// </summary>
public static class MirrorEndpoints
{
    public static WebApplication MapMirror(this WebApplication app, string root)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".crl"] = "application/pkix-crl";
        types.Mappings[".cer"] = "application/pkix-cert";

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(root)),
            ContentTypeProvider = types,
        });
        app.MapGet("/health", () => TypedResults.Ok("Healthy"));

        return app;
    }
}
