using Kazynashylyk.Contracts.Agreements;

namespace Kazynashylyk.EndToEnd.Tests.Agreements;

/// <summary>Draft commands for the repository's test keys: the user and the head of BIN 123456789021.</summary>
public static class AgreementCommands
{
    public const string Bin = "123456789021";
    public const string UserIin = "123456789012";

    public static DraftAgreement Draft(Guid userId, string unitCode, string bin = Bin) => new()
    {
        OnboardingId = Guid.NewGuid(),
        AgreementId = Guid.NewGuid(),
        Parties = new AgreementParties
        {
            Treasury = new TreasuryParty
            {
                UnitCode = unitCode,
                Name = "Департамент казначейства по г. Алматы",
                Place = "Алматы",
                SignatoryTitle = "Руководитель",
                AuthorityBasis = "Положение о департаменте",
            },
            Client = new ClientParty
            {
                ClientId = Guid.NewGuid(),
                TreasuryCode = "1234567",
                Bin = bin,
                Name = "Аппарат акима \"Алмалинского\" района",
                LegalForm = "ГУ",
                HeadFullName = "Ахметов Серик Болатович",
                HeadPosition = "Аким",
                AuthorityBasis = "Устав",
            },
            User = new UserParty
            {
                UserId = userId,
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
            },
        },
    };

    /// <summary>A unit code of its own per test, so journal numbers are predictable.</summary>
    public static string NewUnitCode() => $"E{Random.Shared.Next(0, 10_000_000):D7}";
}
