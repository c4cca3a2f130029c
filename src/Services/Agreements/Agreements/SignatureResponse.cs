namespace Kazynashylyk.Agreements.Agreements;

/// <summary>One party's recorded signature.</summary>
public sealed record SignatureResponse(string Party, string CertificateSerial, Guid ReportId, DateTimeOffset SignedAt);
