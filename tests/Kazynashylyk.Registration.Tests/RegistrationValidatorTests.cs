using Kazynashylyk.Registration.Registrations;

namespace Kazynashylyk.Registration.Tests;

public sealed class RegistrationValidatorTests
{
    [Fact]
    public void Validate_ValidRequest_NormalisedSubmission()
    {
        var validator = new RegistrationValidator(validateChecksums: false, TestData.Today);

        var submission = validator.Validate(TestData.Request());

        Assert.Empty(validator.Errors);
        Assert.NotNull(submission);
        Assert.Equal("aset.n", submission.User.Login);
        Assert.Equal("+77011234567", submission.User.Phone);
        Assert.Null(submission.User.Patronymic);
        Assert.Equal(new DateOnly(2020, 5, 14), submission.User.IdentityDocument.IssuedOn);
        Assert.Equal("KS1234", submission.Client.TreasuryCode);
    }

    [Fact]
    public void Validate_ChecksumsOn_NcaTestIdentifiersRefusedByName()
    {
        var validator = new RegistrationValidator(validateChecksums: true, TestData.Today);

        Assert.Null(validator.Validate(TestData.Request()));
        Assert.Equal(["The IIN's check digit is wrong."], validator.Errors["user.iin"]);
        Assert.Equal(["The BIN's check digit is wrong."], validator.Errors["client.bin"]);
        Assert.Equal(2, validator.Errors.Count);
    }

    [Fact]
    public void Validate_ChecksumsOnWithValidIdentifiers_Accepted()
    {
        var request = TestData.Request();
        request = request with
        {
            Client = request.Client! with { Bin = "850715400129" },
            User = request.User! with { Iin = "900101300017" },
        };
        var validator = new RegistrationValidator(validateChecksums: true, TestData.Today);

        Assert.NotNull(validator.Validate(request));
    }

    [Fact]
    public void Validate_ManyBadFields_EachNamedByItsPath()
    {
        var request = TestData.Request();
        request = request with
        {
            Language = "en",
            TermsVersion = " ",
            Client = request.Client! with
            {
                Bin = "12345",
                TreasuryCode = "KS 12",
                Head = request.Client.Head! with { Email = "not-an-address" },
            },
            User = request.User! with
            {
                Login = "1abc",
                Iin = "12345678901x",
                Surname = "Smith1",
                Phone = "12",
                IdentityDocument = request.User.IdentityDocument! with
                {
                    Kind = "driving-licence",
                    IssuedOn = "14.05.2020",
                },
            },
        };
        var validator = new RegistrationValidator(validateChecksums: false, TestData.Today);

        Assert.Null(validator.Validate(request));
        Assert.Equal(
            [
                "client.bin", "client.head.email", "client.treasuryCode", "language", "termsVersion",
                "user.identityDocument.issuedOn", "user.identityDocument.kind", "user.iin", "user.login",
                "user.phone", "user.surname",
            ],
            validator.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["The BIN must be 12 digits."], validator.Errors["client.bin"]);
    }

    [Theory]
    [InlineData("2026-09-02", "The date of issue cannot be in the future.")]
    [InlineData("1991-12-15", "The date of issue cannot be before 1991-12-16.")]
    [InlineData("2026-02-30", "The date must be a calendar date written yyyy-MM-dd.")]
    public void Validate_BadIssueDate_Refused(string issuedOn, string expected)
    {
        var request = TestData.Request();
        request = request with
        {
            User = request.User! with
            {
                IdentityDocument = request.User.IdentityDocument! with { IssuedOn = issuedOn },
            },
        };
        var validator = new RegistrationValidator(validateChecksums: false, TestData.Today);

        Assert.Null(validator.Validate(request));
        Assert.Equal([expected], validator.Errors["user.identityDocument.issuedOn"]);
    }

    [Fact]
    public void Validate_MissingSections_EachNamed()
    {
        var validator = new RegistrationValidator(validateChecksums: false, TestData.Today);

        Assert.Null(validator.Validate(new SubmitRegistrationRequest(null, null, null, null, null, null)));
        Assert.Equal(
            ["client", "language", "roleCode", "termsVersion", "territorialUnitCode", "user"],
            validator.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_NoBody_Refused()
    {
        var validator = new RegistrationValidator(validateChecksums: false, TestData.Today);

        Assert.Null(validator.Validate(null));
        Assert.Equal(["The request body is required."], validator.Errors["body"]);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("a-very-long-login-that-goes-on-and-on")]
    [InlineData("aset n")]
    [InlineData("асет")]
    public void Validate_BadLogin_Refused(string login)
    {
        var request = TestData.Request();
        request = request with { User = request.User! with { Login = login } };
        var validator = new RegistrationValidator(validateChecksums: false, TestData.Today);

        Assert.Null(validator.Validate(request));
        Assert.True(validator.Errors.ContainsKey("user.login"));
    }

    [Fact]
    public void Validate_KazakhNameWithHyphen_Accepted()
    {
        var request = TestData.Request();
        request = request with { User = request.User! with { Surname = "Сұлтанбек-Ұлы", Name = "Әлия" } };
        var validator = new RegistrationValidator(validateChecksums: false, TestData.Today);

        Assert.Equal("Сұлтанбек-Ұлы", validator.Validate(request)?.User.Surname);
    }
}
