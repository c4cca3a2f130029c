using System.Security.Claims;
using Kazynashylyk.Agreements.Data;
using Kazynashylyk.Agreements.Documents;
using Kazynashylyk.Contracts.Agreements;

namespace Kazynashylyk.Agreements.Tests;

/// <summary>The parties, documents and agreements the tests start from.</summary>
internal static class Samples
{
    public static readonly Guid UserId = new("7d1f6a52-4c1e-4b7a-9a53-2f0c2f6d1a01");
    public static readonly Guid ClientId = new("0b8e3c1d-55aa-4f0e-8d2c-6b1f9e0a7c02");
    public const string UserIin = "123456789012";
    public const string Bin = "123456789021";
    public const string UnitCode = "0101";

    public static DraftAgreement Command(
        Func<TreasuryParty, TreasuryParty>? treasury = null,
        Func<ClientParty, ClientParty>? client = null,
        Func<UserParty, UserParty>? user = null) => new()
    {
        OnboardingId = new Guid("5a3e9d10-0c6f-4d1e-b3a4-8e2f7c6d5b03"),
        AgreementId = new Guid("c2d4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e04"),
        Parties = new AgreementParties
        {
            Treasury = (treasury ?? (t => t))(Treasury()),
            Client = (client ?? (c => c))(Client()),
            User = (user ?? (u => u))(User()),
        },
    };

    public static TreasuryParty Treasury() => new()
    {
        UnitCode = UnitCode,
        Name = "Департамент казначейства по г. Алматы",
        Place = "Алматы",
        SignatoryTitle = "Руководитель",
        AuthorityBasis = "Положение о департаменте",
    };

    public static ClientParty Client() => new()
    {
        ClientId = ClientId,
        TreasuryCode = "1234567",
        Bin = Bin,
        Name = "Аппарат акима \"Алмалинского\" района",
        LegalForm = "ГУ",
        HeadFullName = "Ахметов Серик Болатович",
        HeadPosition = "Аким",
        AuthorityBasis = "Устав",
    };

    public static UserParty User() => new()
    {
        UserId = UserId,
        Login = "aset.n",
        Surname = "Нурланов",
        Name = "Асет",
        Patronymic = "Серикович",
        Iin = UserIin,
        Position = "Главный бухгалтер",
        IdentityDocument = new IdentityDocumentDetails
        {
            Kind = "id-card",
            Number = "045678912",
            Issuer = "МВД РК",
            IssuedOn = new DateOnly(2020, 5, 14),
        },
        RoleCode = "R02",
        RoleName = "Второй подписант",
    };

    public static AgreementDocument Document() =>
        AgreementDocumentFactory.CreateEdsUse(Command().Parties, "0101-2026-17", new DateOnly(2026, 12, 3));

    public static Agreement Agreement(string state = AgreementStates.Draft, params string[] signedBy)
    {
        var bytes = AgreementDocumentSerializer.ToCanonicalBytes(Document());
        var id = Guid.NewGuid();

        return new Agreement
        {
            Id = id,
            Kind = AgreementKinds.EdsUse,
            OnboardingId = Guid.NewGuid(),
            JournalNumber = "0101-2026-17",
            Place = "Алматы",
            Date = new DateOnly(2026, 12, 3),
            UnitCode = UnitCode,
            ClientId = ClientId,
            Bin = Bin,
            UserId = UserId,
            UserIin = UserIin,
            Document = bytes,
            DocumentSha256 = AgreementDocumentSerializer.Sha256Of(bytes),
            State = state,
            CreatedAt = DateTimeOffset.UnixEpoch,
            UpdatedAt = DateTimeOffset.UnixEpoch,
            Signatures = signedBy.Select(party => new AgreementSignature
            {
                AgreementId = id,
                Party = party,
                ReportId = Guid.NewGuid(),
                CertificateSerial = "0a1b",
                SignerRoleOids = [],
                SignedAt = DateTimeOffset.UnixEpoch,
                Cms = "MAA=",
                CmsSha256 = new string('0', 64),
            }).ToList(),
        };
    }

    public static ClaimsPrincipal Caller(Guid? sub = null, string? bin = null, string? unit = null,
        params string[] roles)
    {
        var claims = new List<Claim>();
        if (sub is Guid id)
        {
            claims.Add(new Claim("sub", id.ToString()));
        }

        if (bin is not null)
        {
            claims.Add(new Claim("bin", bin));
        }

        if (unit is not null)
        {
            claims.Add(new Claim("unit", unit));
        }

        claims.AddRange(roles.Select(role => new Claim("role", role)));

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
