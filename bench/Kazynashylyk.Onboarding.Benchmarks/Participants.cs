using System.Security.Cryptography;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Development;
using Kazynashylyk.Pki.Keys;

namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>
/// Who signs: the NCA test organisation's real head, the development unit's operator, and a new applicant per
/// onboarding with a key the system's development CA issues (trusted by the development store only).
/// </summary>
internal sealed class Participants
{
    public const string ClientBin = "123456789021";
    public const string OperatorIin = "900101300011";
    private const string CaPassword = "kazynashylyk-development-ca";

    private readonly DevelopmentCaFolder ca;

    private Participants(DevelopmentCaFolder ca, SigningIdentity head, SigningIdentity treasuryOperator)
    {
        this.ca = ca;
        Head = head;
        Operator = treasuryOperator;
    }

    /// <summary>The first head of АО "ТЕСТ" (legal/valid/head.p12 of the NCA test pack).</summary>
    public SigningIdentity Head { get; }

    /// <summary>The operator of unit 1001, as configured in the Registration service's development settings.</summary>
    public SigningIdentity Operator { get; }

    /// <summary>Opens the development CA the system trusts; it must already exist in the data folder.</summary>
    public static Participants Open(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "pki", "development-ca");
        if (!DevelopmentCaFolder.Exists(folder))
        {
            throw new InvalidOperationException($"No development CA in '{folder}': is this the system's data folder?");
        }

        var ca = DevelopmentCaFolder.OpenOrCreate(folder, CaPassword);
        var headFile = File.ReadAllBytes(RepositoryPaths.Pki("test-2026/legal/valid/head.p12"));
        var head = Pkcs12Reader.Read(headFile, "Qwerty12");
        var treasuryOperator = ca.Issue(new DevelopmentIdentity
        {
            Surname = "ОПЕРАТОРОВ",
            Name = "ОПЕРАТОР",
            Iin = OperatorIin,
            Bin = "990140000017",
            Organization = "Астана қаласы бойынша қазынашылық департаменті",
            RoleOids = [KazakhOids.EkuLegalEntity, KazakhOids.EkuRightToSign],
        });

        return new Participants(ca, head, treasuryOperator);
    }

    /// <summary>A chief accountant-to-be of АО "ТЕСТ": a random IIN, a unique login, a freshly issued key.</summary>
    public Applicant NewApplicant()
    {
        // 12 digits starting with 7: apart from the IINs the end-to-end tests draw (8…) and the fixed ones.
        var iin = $"7{RandomNumberGenerator.GetInt32(0, 100_000_000):D8}{RandomNumberGenerator.GetInt32(0, 1000):D3}";
        var login = $"bench-{Guid.NewGuid():N}"[..30];
        var key = ca.Issue(new DevelopmentIdentity
        {
            Surname = "ӨЛШЕУОВ",
            Name = "ЖҮКТЕМЕ",
            Iin = iin,
            Bin = ClientBin,
            Organization = "АО \"ТЕСТ\"",
            RoleOids = [KazakhOids.EkuLegalEntity, KazakhOids.EkuRightToSign],
        });

        return new Applicant(login, iin, key);
    }
}
