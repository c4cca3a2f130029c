namespace Kazynashylyk.Registration.Data;

/// <summary>The NCA extended key usage OIDs that name a certificate holder's role (see pki/PROFILE.md).</summary>
public static class CertificateRoleOids
{
    public const string FirstHead = "1.2.398.3.3.4.1.2.1";
    public const string RightToSign = "1.2.398.3.3.4.1.2.2";
    public const string FinancialSigner = "1.2.398.3.3.4.1.2.3";
    public const string Employee = "1.2.398.3.3.4.1.2.5";
}
