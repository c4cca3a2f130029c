using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>
/// Where the local servers keep their data and which fixed ports the system answers on. Data lives in the
/// git-ignored <c>.data</c> folder of the checkout, unless the <c>postgres</c> user could not reach it there
/// (a parent folder closed to others): then in a folder under <c>/var/tmp</c> named after the checkout.
/// </summary>
public sealed record LocalLayout(
    string RepositoryRoot,
    string DataDirectory,
    int GatewayPort,
    int Smtp4devWebPort,
    int Smtp4devSmtpPort)
{
    /// <summary>True when this process runs as root and so must start PostgreSQL as the postgres user.</summary>
    public static bool RunsAsRoot => Environment.UserName == "root";

    public static LocalLayout Resolve(IDistributedApplicationBuilder builder)
    {
        var root = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".."));
        var section = builder.Configuration.GetSection("Kazynashylyk");
        var configured = section["DataDirectory"];
        var data = string.IsNullOrWhiteSpace(configured) ? DefaultDataDirectory(root) : Path.GetFullPath(configured);
        Directory.CreateDirectory(data);

        return new LocalLayout(
            root,
            data,
            section.GetValue("GatewayPort", 8480),
            section.GetValue("Smtp4devWebPort", 8425),
            section.GetValue("Smtp4devSmtpPort", 2525));
    }

    /// <summary>A folder for one server's files, created if missing.</summary>
    public string Folder(string name)
    {
        var path = Path.Combine(DataDirectory, name);
        Directory.CreateDirectory(path);

        return path;
    }

    private static string DefaultDataDirectory(string root)
    {
        var inCheckout = Path.Combine(root, ".data");
        if (!RunsAsRoot || OthersCanTraverse(root))
        {
            return inCheckout;
        }

        var checkoutHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(root)))[..12];

        return Path.Combine("/var/tmp", $"kazynashylyk-{checkoutHash}");
    }

    private static bool OthersCanTraverse(string path)
    {
        for (var directory = new DirectoryInfo(path); directory is not null; directory = directory.Parent)
        {
            if ((directory.UnixFileMode & UnixFileMode.OtherExecute) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
