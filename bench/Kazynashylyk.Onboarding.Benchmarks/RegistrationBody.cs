namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>The registration form's fields: the applicant as chief accountant of АО "ТЕСТ", unit 1001.</summary>
internal static class RegistrationBody
{
    public static object For(Applicant applicant) => new
    {
        territorialUnitCode = "1001",
        roleCode = "chief-accountant",
        language = "ru",
        termsVersion = "2026-1",
        client = new
        {
            treasuryCode = "KZ-TEST-0001",
            bin = Participants.ClientBin,
            name = "АО \"ТЕСТ\"",
            legalForm = "АО",
            head = new
            {
                surname = "ТЕСТОВ",
                name = "ТЕСТ",
                patronymic = "ТЕСТОВИЧ",
                position = "Председатель правления",
                email = "head@test-client.test",
                authorityBasis = "Устав",
            },
        },
        user = new
        {
            login = applicant.Login,
            iin = applicant.Iin,
            surname = "ӨЛШЕУОВ",
            name = "ЖҮКТЕМЕ",
            position = "Главный бухгалтер",
            email = $"{applicant.Login}@client.test",
            phone = "+77010000001",
            identityDocument = new
            {
                kind = "id-card",
                number = "098765432",
                issuer = "МВД РК",
                issuedOn = "2021-03-10",
            },
        },
    };
}
