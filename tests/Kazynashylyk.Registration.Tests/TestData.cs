using Kazynashylyk.Contracts.Agreements;
using Kazynashylyk.Registration.Forms;
using Kazynashylyk.Registration.Registrations;

namespace Kazynashylyk.Registration.Tests;

/// <summary>A valid registration request and form content, for tests to change one field at a time.</summary>
internal static class TestData
{
    public static readonly DateOnly Today = new(2026, 9, 1);

    public static SubmitRegistrationRequest Request() => new(
        "1001",
        "preparer",
        "ru",
        "2026-1",
        new ClientRequest(
            "KS1234",
            "123456789021",
            "ГУ «Аппарат акима»",
            "государственное учреждение",
            new HeadRequest("ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ", "Аким", "head@client.test", "Устав")),
        new UserRequest(
            " Aset.N ",
            "123456789012",
            "ТЕСТТОВ",
            "ТЕСТТ",
            null,
            "Бухгалтер",
            "user@client.test",
            "+7 (701) 123-45-67",
            new IdentityDocumentRequest("id-card", null, "045123456", "МВД РК", "2020-05-14")));

    public static RegistrationFormContent FormContent() => new()
    {
        ApplicationId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Reference = "R-2026-000001",
        SubmittedAt = new DateTimeOffset(2026, 9, 1, 20, 30, 0, TimeSpan.Zero),
        Language = "kk",
        TermsVersion = "2026-1",
        TermsTitleKk = "Пайдаланушылық келісім",
        TermsTitleRu = "Пользовательское соглашение",
        UnitCode = "1001",
        UnitNameKk = "Астана қаласы бойынша Қазынашылық департаменті",
        UnitNameRu = "Департамент казначейства по городу Астане",
        RoleCode = "preparer",
        RoleNameKk = "Құжаттарды дайындаушы",
        RoleNameRu = "Исполнитель",
        Client = new ClientSubmission(
            "KS1234", "123456789021", "АО «ТЕСТ»", "АО",
            new HeadSubmission("ТЕСТОВ", "ТЕСТ", null, "Председатель", "head@client.test", "Устав")),
        User = new UserSubmission(
            "aset.n", "123456789012", "ТЕСТТОВ", "ТЕСТТ", null, "Бухгалтер", "user@client.test", "+77011234567",
            new IdentityDocumentDetails
            {
                Kind = "id-card",
                Number = "045123456",
                Issuer = "МВД РК",
                IssuedOn = new DateOnly(2020, 5, 14),
            }),
    };
}
