namespace Kazynashylyk.Registration.Login;

/// <summary>What the database knows of the signer of a login, found by the IIN's HMAC and the certificate.</summary>
public sealed record LoginFacts
{
    /// <summary>The serial of the certificate the signer logged in with.</summary>
    public required string CertificateSerial { get; init; }

    /// <summary>The BIN the certificate names (legal-entity certificates only).</summary>
    public string? CertificateBin { get; init; }

    /// <summary>True when the certificate carries the first-head EKU.</summary>
    public bool IsFirstHeadCertificate { get; init; }

    /// <summary>Active operator records of the signer, one per unit.</summary>
    public IReadOnlyList<OperatorFact> Operators { get; init; } = [];

    /// <summary>System users the signer is (any status).</summary>
    public IReadOnlyList<UserFact> Users { get; init; } = [];

    /// <summary>The registered client whose BIN the certificate names, if any.</summary>
    public ClientFact? CertificateClient { get; init; }
}
