using System.Globalization;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Keys;
using Kazynashylyk.Pki.Revocation;

namespace Kazynashylyk.Pki.Development;

/// <summary>
/// A development CA kept in a folder, created on first use and reopened afterwards: <c>root.cer</c> and
/// <c>ca.cer</c> (GOST 2015-512, valid from 2026-01-01 for ten and five years), their keys in
/// <c>private/*.p12</c>, and the full CRL in <c>crl/dev_ca.crl</c>, re-issued on every issue and revocation.
/// It stands in for identities the NCA test pack lacks, and belongs in the <c>development</c> trust store only.
/// </summary>
public sealed class DevelopmentCaFolder
{
    /// <summary>The first words of the CA names (CN "… ROOT" and "… CA").</summary>
    public const string Name = "KAZYNASHYLYK DEVELOPMENT";

    /// <summary>When the CA certificates start to be valid.</summary>
    public static readonly DateTimeOffset CaNotBefore = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The default start of an issued certificate's validity.</summary>
    public static readonly DateTimeOffset DefaultLeafNotBefore = CaNotBefore;

    /// <summary>The default end of an issued certificate's validity.</summary>
    public static readonly DateTimeOffset DefaultLeafNotAfter = new(2027, 12, 31, 23, 59, 59, TimeSpan.Zero);

    /// <summary>How long each CRL stays fresh (its nextUpdate after its thisUpdate).</summary>
    public static readonly TimeSpan CrlLifetime = TimeSpan.FromDays(30);

    private const KeyFamily Family = KeyFamily.Gost2015With512BitKey;
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(60);

    private readonly DevelopmentCaFiles files;
    private readonly TimeProvider time;

    private DevelopmentCaFolder(DevelopmentCaFiles files, TimeProvider time, SigningIdentity root, SigningIdentity ca)
    {
        this.files = files;
        this.time = time;
        Root = root;
        Ca = ca;
    }

    /// <summary>The folder's full path.</summary>
    public string Directory => files.Directory;

    /// <summary>The self-signed root, with its key.</summary>
    public SigningIdentity Root { get; }

    /// <summary>The issuing CA, with its key.</summary>
    public SigningIdentity Ca { get; }

    /// <summary>True when this call created the CA rather than reopening it.</summary>
    public bool Created { get; private init; }

    /// <summary>The CA certificates to put in the <c>development</c> trust store.</summary>
    public IReadOnlyList<PkiCertificate> CaCertificates => [Root.Certificate, Ca.Certificate];

    /// <summary>The current full CRL's path.</summary>
    public string CrlPath => files.Crl;

    /// <summary>True when <paramref name="directory"/> holds a development CA (its issuing CA's key file).</summary>
    public static bool Exists(string directory) =>
        File.Exists(new DevelopmentCaFiles(Path.GetFullPath(directory)).CaKey);

    /// <summary>
    /// Opens the CA in <paramref name="directory"/>, creating it first if the folder holds none. Safe when several
    /// processes call it at once: one creates, the others wait and open. Reopening also restores a missing
    /// certificate file and re-issues the CRL when it is missing or within half its lifetime of going stale.
    /// </summary>
    /// <exception cref="DevelopmentCaException">The password is wrong or the folder is damaged.</exception>
    public static DevelopmentCaFolder OpenOrCreate(string directory, string password, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrEmpty(password);
        time ??= TimeProvider.System;
        var files = new DevelopmentCaFiles(Path.GetFullPath(directory));
        files.CreateFolders();

        using var held = DevelopmentCaLock.Acquire(files.Lock, LockTimeout);
        var created = !File.Exists(files.CaKey);
        if (created)
        {
            Create(files, password);
        }

        var root = ReadKey(files.RootKey, password);
        var ca = ReadKey(files.CaKey, password);
        if (!ca.Certificate.IsSignedBy(root.Certificate))
        {
            throw new DevelopmentCaException(
                $"'{files.CaKey}' does not hold a CA issued by the root in '{files.RootKey}'."
            );
        }

        var folder = new DevelopmentCaFolder(files, time, root, ca with { OtherCertificates = [root.Certificate] })
        {
            Created = created,
        };
        folder.Repair();

        return folder;
    }

    /// <summary>
    /// Issues a GOST 2015-512 signing certificate for <paramref name="identity"/> (NCA subject layout, its role
    /// EKUs, CRL and OCSP addresses under <see cref="DevelopmentCaAddresses.Base"/>) and re-issues the CRL.
    /// The result carries the CA and root as its other certificates, ready for a key file.
    /// </summary>
    /// <exception cref="DevelopmentCaException">The validity is empty or outside the CA's.</exception>
    public SigningIdentity Issue(
        DevelopmentIdentity identity,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? notAfter = null
    )
    {
        ArgumentNullException.ThrowIfNull(identity);
        var from = notBefore ?? DefaultLeafNotBefore;
        var to = notAfter ?? DefaultLeafNotAfter;
        if (from >= to)
        {
            throw new DevelopmentCaException("The certificate's validity must end after it starts.");
        }

        if (from < Ca.Certificate.NotBefore || to > Ca.Certificate.NotAfter)
        {
            throw new DevelopmentCaException(
                $"The certificate's validity must lie within the CA's, {Text(Ca.Certificate.NotBefore)} to "
                    + $"{Text(Ca.Certificate.NotAfter)}."
            );
        }

        var profile = DevelopmentProfiles.Leaf(
            identity,
            Family,
            from,
            to,
            DevelopmentCaAddresses.OcspUrl,
            DevelopmentCaAddresses.CrlUrl,
            null
        );
        var leaf = DevelopmentCertificateIssuer.Issue(profile, GostSigningKey.Generate(Family), Ca);

        using var held = DevelopmentCaLock.Acquire(files.Lock, LockTimeout);
        var issued = DevelopmentCaLedger.ReadIssued(files);
        issued.Add(new(leaf.Certificate.SerialNumberHex, from, to));
        DevelopmentCaLedger.WriteIssued(files, issued);
        PublishCrl(DevelopmentCaLedger.ReadRevoked(files));

        return leaf with { OtherCertificates = [Ca.Certificate, Root.Certificate] };
    }

    /// <summary>
    /// Revokes the certificate with serial <paramref name="serialHex"/> (hex, any case, colons allowed) now and
    /// re-issues the CRL. False when it was already revoked.
    /// </summary>
    /// <exception cref="DevelopmentCaException">The serial is not hex or this CA never issued it.</exception>
    public bool Revoke(string serialHex)
    {
        var serial = NormalizeSerial(serialHex);

        using var held = DevelopmentCaLock.Acquire(files.Lock, LockTimeout);
        if (!DevelopmentCaLedger.ReadIssued(files).Any(i => i.Serial == serial))
        {
            throw new DevelopmentCaException($"This CA issued no certificate with serial {serial}.");
        }

        var list = DevelopmentCaLedger.ReadRevoked(files);
        var fresh = !list.Revoked.Any(r => r.Serial == serial);
        if (fresh)
        {
            list.Revoked.Add(new(serial, Now()));
        }

        PublishCrl(list);

        return fresh;
    }

    /// <summary>The serial as certificates report it: upper-case hex without leading zeros.</summary>
    /// <exception cref="DevelopmentCaException">It is empty or not hexadecimal.</exception>
    public static string NormalizeSerial(string serialHex)
    {
        var digits = (serialHex ?? string.Empty).Replace(":", string.Empty, StringComparison.Ordinal).Trim();
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }

        if (digits.Length == 0 || !digits.All(char.IsAsciiHexDigit))
        {
            throw new DevelopmentCaException($"'{serialHex}' is not a hexadecimal serial number.");
        }

        var trimmed = digits.TrimStart('0').ToUpperInvariant();

        return trimmed.Length == 0 ? "0" : trimmed;
    }

    private static void Create(DevelopmentCaFiles files, string password)
    {
        var root = DevelopmentCertificateIssuer.Issue(
            DevelopmentProfiles.Root(Name, CaNotBefore),
            GostSigningKey.Generate(Family),
            null
        );
        var ca = DevelopmentCertificateIssuer.Issue(
            DevelopmentProfiles.IssuingCa(Name, CaNotBefore),
            GostSigningKey.Generate(Family),
            root
        );

        // A crash part-way leaves no ca.p12, so the next start creates the CA again over whatever was written.
        files.WriteAtomically(files.RootKey, Pkcs12Writer.Write(root, password), secret: true);
        DevelopmentCaLedger.WriteIssued(files, []);
        DevelopmentCaLedger.WriteRevoked(files, new DevelopmentCaLedger.RevocationList());
        files.WriteAtomically(files.CaKey, Pkcs12Writer.Write(ca with { OtherCertificates = [root.Certificate] },
            password), secret: true);
    }

    private static SigningIdentity ReadKey(string path, string password)
    {
        if (!File.Exists(path))
        {
            throw new DevelopmentCaException($"The development CA folder is incomplete: '{path}' is missing.");
        }

        try
        {
            return Pkcs12Reader.Read(File.ReadAllBytes(path), password);
        }
        catch (KeyFileException e)
        {
            throw new DevelopmentCaException($"Cannot open '{path}': {e.Message}", e);
        }
    }

    private void Repair()
    {
        RestoreCertificate(files.RootCertificate, Root.Certificate);
        RestoreCertificate(files.CaCertificate, Ca.Certificate);
        if (CrlNeedsReissue())
        {
            PublishCrl(DevelopmentCaLedger.ReadRevoked(files));
        }
    }

    private void RestoreCertificate(string path, PkiCertificate certificate)
    {
        if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(certificate.Der))
        {
            files.WriteAtomically(path, certificate.Der);
        }
    }

    private bool CrlNeedsReissue()
    {
        if (!File.Exists(files.Crl))
        {
            return true;
        }

        try
        {
            var crl = CrlIndex.Parse(File.ReadAllBytes(files.Crl));

            return !crl.IsSignedBy(Ca.Certificate)
                || crl.NextUpdate is not { } next
                || next - time.GetUtcNow() < CrlLifetime / 2;
        }
        catch (FormatException)
        {
            return true;
        }
    }

    private void PublishCrl(DevelopmentCaLedger.RevocationList list)
    {
        // The number is saved before the CRL is written, so a crash in between skips a number, never reuses one.
        var next = list with { CrlNumber = list.CrlNumber + 1 };
        DevelopmentCaLedger.WriteRevoked(files, next);

        var now = Now();
        var entries = next.Revoked.Select(r => new DevelopmentCrlBuilder.Entry(
            Convert.FromHexString(r.Serial.Length % 2 == 0 ? r.Serial : "0" + r.Serial),
            r.RevokedAt,
            null
        ));
        var crl = DevelopmentCrlBuilder.Build(Ca, entries, now, now + CrlLifetime, next.CrlNumber);
        files.WriteAtomically(files.Crl, crl);
    }

    // CRLs carry whole seconds; keeping the ledger at the same precision keeps the two identical.
    private DateTimeOffset Now()
    {
        var now = time.GetUtcNow();

        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    private static string Text(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
