using Kazynashylyk.Agreements.Drafting;

namespace Kazynashylyk.Agreements.Tests.Drafting;

public sealed class PartiesValidatorTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    [Fact]
    public void Validate_SampleParties_NoProblems()
    {
        Assert.Empty(PartiesValidator.Validate(Samples.Command(), Today));
    }

    [Theory]
    [InlineData("12345678902")]
    [InlineData("1234567890211")]
    [InlineData("12345678902A")]
    [InlineData("１２３４５６７８９０２１")]
    public void Validate_BinNotTwelveAsciiDigits_BinProblem(string bin)
    {
        var problems = PartiesValidator.Validate(Samples.Command(client: c => c with { Bin = bin }), Today);

        Assert.Equal(["The client's BIN must be 12 digits."], problems);
    }

    [Fact]
    public void Validate_IinWithSpace_IinProblem()
    {
        var problems = PartiesValidator.Validate(
            Samples.Command(user: u => u with { Iin = "123456 789012" }), Today);

        Assert.Equal(["The user's IIN must be 12 digits."], problems);
    }

    [Fact]
    public void Validate_UnknownIdentityDocumentKindAndFutureIssue_BothProblems()
    {
        var problems = PartiesValidator.Validate(
            Samples.Command(user: u => u with
            {
                IdentityDocument = u.IdentityDocument with { Kind = "driving-licence", IssuedOn = Today.AddDays(1) },
            }),
            Today);

        Assert.Equal(
            [
                "The identity document's kind must be 'id-card' or 'passport'.",
                "The identity document's date of issue must lie between 1991 and today.",
            ],
            problems);
    }

    [Fact]
    public void Validate_MissingClientAndBlankRole_NamesEach()
    {
        var command = Samples.Command(user: u => u with { RoleCode = " " });
        command = command with { Parties = command.Parties with { Client = null! } };

        var problems = PartiesValidator.Validate(command, Today);

        Assert.Equal(["The client party is missing.", "The user's role code is missing."], problems);
    }

    [Fact]
    public void Validate_BadUnitCodeAndControlCharacterInName_BothProblems()
    {
        var problems = PartiesValidator.Validate(
            Samples.Command(treasury: t => t with { UnitCode = "01-01" }, user: u => u with { Name = "Асет\u0007" }),
            Today);

        Assert.Equal(
            [
                "The treasury unit's code must be 2 to 8 letters or digits.",
                "The user's name holds control characters or broken Unicode.",
            ],
            problems);
    }

    [Fact]
    public void Validate_EmptyAgreementId_Problem()
    {
        var problems = PartiesValidator.Validate(Samples.Command() with { AgreementId = Guid.Empty }, Today);

        Assert.Equal(["The agreement id and the onboarding id must not be empty."], problems);
    }
}
