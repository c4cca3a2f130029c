using System.Security.Cryptography;
using Kazynashylyk.EndToEnd.Tests.Registration;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Development;
using Kazynashylyk.Pki.Keys;

namespace Kazynashylyk.EndToEnd.Tests.Onboarding;

/// <summary>
/// Who takes part: the NCA test organisation АО "ТЕСТ" (BIN 123456789021) with its real head and employee keys,
/// and people the AppHost's development CA issues keys to (the unit's operator, more employees, the head of another
/// organisation), trusted by the development store only.
/// </summary>
public sealed class OnboardingPeople(AppHostFixture fixture)
{
    public const string ClientBin = "123456789021";
    public const string ClientTreasuryCode = RegistrationClient.TestBinTreasuryCode;
    public const string UnitCode = "1001";
    public const string OperatorIin = "900101300011";
    public const string HeadEmail = "head@test-client.test";
    public const string DevelopmentCaPassword = "kazynashylyk-development-ca";

    private readonly Lazy<DevelopmentCaFolder> ca = new(() => DevelopmentCaFolder.OpenOrCreate(
        Path.Combine(fixture.DataDirectory, "pki", "development-ca"), DevelopmentCaPassword));

    /// <summary>ТЕСТОВ ТЕСТ, first head of АО "ТЕСТ" (legal/valid/head.p12).</summary>
    public static SigningIdentity Head { get; } = Nca("test-2026/legal/valid/head.p12");

    /// <summary>The same head's revoked certificate (legal/revoked/head.p12).</summary>
    public static SigningIdentity RevokedHead { get; } = Nca("test-2026/legal/revoked/head.p12");

    /// <summary>A GOST 2015 key of the previous generation, valid 2022-07-28 to 2023-07-28: expired now.</summary>
    public static SigningIdentity ExpiredLegacy { get; } =
        Nca("test-legacy/p12/key_individual_valid_2015.p12", "Aa123456");

    /// <summary>ТЕСТТОВ ТЕСТТ of АО "ТЕСТ", right to sign (legal/valid/employee_signright.p12).</summary>
    public static OnboardingPerson NcaUser(string login) => new(
        login, "123456789012", "ТЕСТТОВ", "ТЕСТТ", Nca("test-2026/legal/valid/employee_signright.p12"));

    /// <summary>The development unit's operator, with a development-CA key.</summary>
    public SigningIdentity Operator() => Issue(new DevelopmentIdentity
    {
        Surname = "ОПЕРАТОРОВ",
        Name = "ОПЕРАТОР",
        Iin = OperatorIin,
        Bin = "990140000017",
        Organization = "Астана қаласы бойынша қазынашылық департаменті",
        RoleOids = [KazakhOids.EkuLegalEntity, KazakhOids.EkuRightToSign],
    });

    /// <summary>A new employee of АО "ТЕСТ" with the right to sign, a fresh IIN and a development-CA key.</summary>
    public OnboardingPerson NewEmployee(string login)
    {
        var iin = RandomIin();

        return new OnboardingPerson(login, iin, "СЫНАҚОВ", "СЫНАҚ", Issue(new DevelopmentIdentity
        {
            Surname = "СЫНАҚОВ",
            Name = "СЫНАҚ",
            Iin = iin,
            Bin = ClientBin,
            Organization = "АО \"ТЕСТ\"",
            RoleOids = [KazakhOids.EkuLegalEntity, KazakhOids.EkuRightToSign],
        }));
    }

    /// <summary>The first head of another organisation (another BIN), with a development-CA key.</summary>
    public SigningIdentity OtherOrganisationHead() => Issue(new DevelopmentIdentity
    {
        Surname = "БАСҚАОВ",
        Name = "БАСШЫ",
        Iin = RandomIin(),
        Bin = "990840000012",
        Organization = "ТОО \"БАСҚА\"",
        RoleOids = [KazakhOids.EkuLegalEntity, KazakhOids.EkuFirstHead],
    });

    /// <summary>The registration form's fields for <paramref name="user"/> in АО "ТЕСТ", as chief accountant.</summary>
    public static object Registration(OnboardingPerson user) => new
    {
        territorialUnitCode = UnitCode,
        roleCode = "chief-accountant",
        language = "kk",
        termsVersion = "2026-1",
        client = new
        {
            treasuryCode = ClientTreasuryCode,
            bin = ClientBin,
            name = "АО \"ТЕСТ\"",
            legalForm = "АО",
            head = new
            {
                surname = "ТЕСТОВ",
                name = "ТЕСТ",
                patronymic = "ТЕСТОВИЧ",
                position = "Председатель правления",
                email = HeadEmail,
                authorityBasis = "Устав",
            },
        },
        user = new
        {
            login = user.Login,
            iin = user.Iin,
            surname = user.Surname,
            name = user.Name,
            position = "Главный бухгалтер",
            email = user.Email,
            phone = "+77010000000",
            identityDocument = new
            {
                kind = "id-card",
                number = "012345678",
                issuer = "МВД РК",
                issuedOn = "2020-01-15",
            },
        },
    };

    public SigningIdentity Issue(DevelopmentIdentity identity) => ca.Value.Issue(identity);

    private static SigningIdentity Nca(string relative, string password = "Qwerty12") =>
        Pkcs12Reader.Read(File.ReadAllBytes(TestPki.PathOf(relative)), password);

    /// <summary>Twelve digits starting 80..89, unlikely to meet another test's.</summary>
    private static string RandomIin() =>
        $"8{RandomNumberGenerator.GetInt32(0, 100_000_000):D8}{RandomNumberGenerator.GetInt32(0, 1000):D3}";
}
