namespace Kazynashylyk.Pki.Development;

/// <summary>
/// The layout of a development CA folder. Only the two CA certificates are <c>.cer</c> files at the top level,
/// because the Signature service trusts every certificate file there; keys and bookkeeping stay in <c>private/</c>.
/// </summary>
internal sealed record DevelopmentCaFiles(string Directory)
{
    public string RootCertificate => Path.Combine(Directory, "root.cer");

    public string CaCertificate => Path.Combine(Directory, "ca.cer");

    public string Private => Path.Combine(Directory, "private");

    public string RootKey => Path.Combine(Private, "root.p12");

    /// <summary>Written last when the folder is created: its presence means the CA exists.</summary>
    public string CaKey => Path.Combine(Private, "ca.p12");

    public string Revoked => Path.Combine(Private, "revoked.json");

    public string Issued => Path.Combine(Private, "issued.json");

    public string Lock => Path.Combine(Private, "folder.lock");

    public string CrlFolder => Path.Combine(Directory, "crl");

    public string Crl => Path.Combine(CrlFolder, DevelopmentCaAddresses.CrlFileName);

    /// <summary>Creates the folders; <c>private/</c> is closed to other users.</summary>
    public void CreateFolders()
    {
        System.IO.Directory.CreateDirectory(CrlFolder);
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Private);
        }
        else
        {
            System.IO.Directory.CreateDirectory(Private, UnixFileMode.UserRead | UnixFileMode.UserWrite
                | UnixFileMode.UserExecute);
        }
    }

    /// <summary>
    /// Replaces <paramref name="path"/> in one rename, so that a reader (the mirror, the Signature service, another
    /// tool) never sees a half-written file.
    /// </summary>
    public void WriteAtomically(string path, byte[] bytes, bool secret = false)
    {
        var temporary = Path.Combine(Private, $"{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, bytes);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(
                temporary,
                secret
                    ? UnixFileMode.UserRead | UnixFileMode.UserWrite
                    : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead
            );
        }

        File.Move(temporary, path, overwrite: true);
    }
}
