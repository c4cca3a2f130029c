using Kazynashylyk.Agreements.Documents;

namespace Kazynashylyk.Agreements.Tests.Documents;

public sealed class AgreementDocumentFactoryTests
{
    [Fact]
    public void CreateEdsUse_TextsWithSurroundingSpaces_Trimmed()
    {
        var command = Samples.Command(
            treasury: t => t with { Place = "  Алматы " },
            user: u => u with { Surname = " Нурланов", Patronymic = "   " });

        var document = AgreementDocumentFactory.CreateEdsUse(command.Parties, "0101-2026-1", new DateOnly(2026, 1, 5));

        Assert.Equal("Алматы", document.Place);
        Assert.Equal("Нурланов", document.User.Surname);
        Assert.Null(document.User.Patronymic);
    }

    [Fact]
    public void CreateEdsUse_SampleParties_KindTermsRoleAndNumber()
    {
        var document = AgreementDocumentFactory.CreateEdsUse(
            Samples.Command().Parties, "0101-2026-1", new DateOnly(2026, 1, 5));

        Assert.Equal("eds-use", document.Kind);
        Assert.Equal("eds-use/2026-1", document.TermsOfTheAgreement);
        Assert.Equal("0101-2026-1", document.JournalNumber);
        Assert.Equal(new DocumentRole { Code = "R02", Name = "Второй подписант" }, document.User.Role);
    }
}
