namespace Kazynashylyk.Pki.Revocation;

/// <summary>RFC 5280 CRLReason codes by the names reports use.</summary>
public static class CrlReasons
{
    public const int CertificateHold = 6;
    public const int RemoveFromCrl = 8;

    /// <summary>The name of a reason code.</summary>
    public static string Name(int code)
    {
        return code switch
        {
            0 => "unspecified",
            1 => "keyCompromise",
            2 => "cACompromise",
            3 => "affiliationChanged",
            4 => "superseded",
            5 => "cessationOfOperation",
            6 => "certificateHold",
            8 => "removeFromCRL",
            9 => "privilegeWithdrawn",
            10 => "aACompromise",
            _ => $"reason{code}",
        };
    }
}
