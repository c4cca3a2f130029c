namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>
/// smtp4dev (the .NET tool pinned in <c>.config/dotnet-tools.json</c>): a real SMTP server that keeps what it
/// receives and shows it on a web page and a REST API. The web and SMTP ports are fixed (8425, 2525).
/// </summary>
public static class Smtp4devResources
{
    public static LocalServer AddLocalSmtp4dev(this IDistributedApplicationBuilder builder, LocalLayout layout)
    {
        var folder = layout.Folder("smtp4dev");
        var server = builder.AddExecutable("smtp4dev", "dotnet", layout.RepositoryRoot, "tool", "run", "smtp4dev")
            .WithHttpEndpoint(port: layout.Smtp4devWebPort, name: "http")
            .WithEndpoint(port: layout.Smtp4devSmtpPort, name: "smtp", scheme: "tcp");
        var web = server.GetEndpoint("http");
        var smtp = server.GetEndpoint("smtp");

        server
            .WithArgs(context =>
            {
                var webPort = web.Property(EndpointProperty.TargetPort);
                var smtpPort = smtp.Property(EndpointProperty.TargetPort);
                context.Args.Add(ReferenceExpression.Create($"--urls=http://127.0.0.1:{webPort}"));
                context.Args.Add(ReferenceExpression.Create($"--smtpport={smtpPort}"));
                context.Args.Add("--imapport=0");
                context.Args.Add("--pop3port=0");
                context.Args.Add("--hostname=localhost");
                context.Args.Add("--nousersettings");
                context.Args.Add($"--db={Path.Combine(folder, "smtp4dev.db")}");
            })
            .WithHttpHealthCheck("/", endpointName: "http");

        var connection = builder.AddConnectionString(
            "smtp",
            ReferenceExpression.Create(
                $"smtp://{smtp.Property(EndpointProperty.Host)}:{smtp.Property(EndpointProperty.Port)}"));

        return new LocalServer(server, connection);
    }
}
