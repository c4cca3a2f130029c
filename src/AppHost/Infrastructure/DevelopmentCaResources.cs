namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>
/// The development CA in <c>{data}/pki/development-ca</c>: <c>tools/DevelopmentCa init</c> runs once at every
/// start (creating the CA on the first, refreshing its CRL on later ones) before the mirror and the Signature
/// service start. Its two CA certificates join the <c>development</c> trust store only.
/// </summary>
public static class DevelopmentCaResources
{
    /// <summary>The CA key password variable of tools/DevelopmentCa, passed on when set here.</summary>
    private const string PasswordVariable = "KAZYNASHYLYK_DEVCA_PASSWORD";

    public static LocalDevelopmentCa AddDevelopmentCa(this IDistributedApplicationBuilder builder, LocalLayout layout)
    {
        var directory = layout.Folder(Path.Combine("pki", "development-ca"));
        var init = builder.AddProject<Projects.Kazynashylyk_DevelopmentCa>("development-ca", launchProfileName: null)
            .WithArgs("init", "--dir", directory);
        var password = builder.Configuration[PasswordVariable];
        if (!string.IsNullOrEmpty(password))
        {
            init.WithEnvironment(PasswordVariable, password);
        }

        return new LocalDevelopmentCa(init, directory);
    }

    /// <summary>Gives the service the CA certificates to trust, once the CA exists.</summary>
    public static IResourceBuilder<ProjectResource> WithDevelopmentCa(
        this IResourceBuilder<ProjectResource> service,
        LocalDevelopmentCa developmentCa) =>
        service
            .WithEnvironment("Signature__DevelopmentCaDirectory", developmentCa.Directory)
            .WaitForCompletion(developmentCa.Init);
}
