using Kazynashylyk.Agreements.Signing;
using Kazynashylyk.Contracts.Signature;

namespace Kazynashylyk.Agreements.Tests.Signing;

public sealed class AuthorityCheckTests
{
    [Fact]
    public void Evaluate_UserWithTheAgreementsIin_Null()
    {
        Assert.Null(AuthorityCheck.Evaluate("user", Signer("123456789012", Samples.Bin, "RightToSign"),
            Samples.Agreement()));
    }

    [Fact]
    public void Evaluate_UserWithTheHeadsIin_SignerNotUser()
    {
        var refusal = AuthorityCheck.Evaluate("user", Signer("123456789011", Samples.Bin, "FirstHead"),
            Samples.Agreement());

        Assert.Equal("signer-not-user", refusal?.Reason);
    }

    [Fact]
    public void Evaluate_UserWithoutSubject_SignerNotUser()
    {
        var signer = new SignerReport { Indication = Indications.TotalPassed };

        Assert.Equal("signer-not-user", AuthorityCheck.Evaluate("user", signer, Samples.Agreement())?.Reason);
    }

    [Fact]
    public void Evaluate_HeadWithBinAndFirstHeadRole_Null()
    {
        Assert.Null(AuthorityCheck.Evaluate("head", Signer("123456789011", Samples.Bin, "FirstHead"),
            Samples.Agreement()));
    }

    [Fact]
    public void Evaluate_HeadOfAnotherClient_BinMismatch()
    {
        var refusal = AuthorityCheck.Evaluate("head", Signer("123456789011", "999999999999", "FirstHead"),
            Samples.Agreement());

        Assert.Equal("bin-mismatch", refusal?.Reason);
        Assert.Equal("The certificate was not issued for the client's BIN.", refusal?.Detail);
    }

    [Fact]
    public void Evaluate_HeadWithRightToSignOnly_NotFirstHead()
    {
        var refusal = AuthorityCheck.Evaluate("head", Signer("123456789012", Samples.Bin, "RightToSign"),
            Samples.Agreement());

        Assert.Equal("not-first-head", refusal?.Reason);
    }

    [Fact]
    public void Evaluate_HeadWithFirstHeadOidButNoRoleName_Null()
    {
        var signer = Signer("123456789011", Samples.Bin) with
        {
            Certificate = Certificate(["1.2.398.3.3.4.1.2", "1.2.398.3.3.4.1.2.1"]),
        };

        Assert.Null(AuthorityCheck.Evaluate("head", signer, Samples.Agreement()));
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, "not-unit-operator")]
    [InlineData(null, "not-unit-operator")]
    public void Evaluate_Treasury_FollowsTheOperatorAnswer(bool? isOperator, string? expected)
    {
        var refusal = AuthorityCheck.Evaluate("treasury", Signer("860101300123", null), Samples.Agreement(),
            isOperator);

        Assert.Equal(expected, refusal?.Reason);
    }

    [Fact]
    public void Evaluate_UnknownParty_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => AuthorityCheck.Evaluate("witness", Signer(Samples.UserIin, null), Samples.Agreement()));
    }

    private static SignerReport Signer(string iin, string? bin, params string[] roles) => new()
    {
        Indication = Indications.TotalPassed,
        Subject = new SubjectReport { Iin = iin, Bin = bin },
        Roles = roles,
        Certificate = Certificate([]),
    };

    private static CertificateReport Certificate(IReadOnlyList<string> eku) => new()
    {
        SerialNumber = "4f1c",
        Issuer = "CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022",
        NotBefore = new DateTimeOffset(2026, 5, 8, 0, 0, 0, TimeSpan.Zero),
        NotAfter = new DateTimeOffset(2027, 5, 8, 0, 0, 0, TimeSpan.Zero),
        KeyUsage = ["digitalSignature", "nonRepudiation"],
        Algorithm = "GOST 34.10-2015 512",
        ExtendedKeyUsage = eku,
    };
}
