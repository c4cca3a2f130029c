namespace Kazynashylyk.Pki.Timestamps;

/// <summary>Obtains RFC 3161 timestamp tokens for a message imprint.</summary>
public interface ITimestampClient
{
    /// <summary>
    /// Requests a token over <paramref name="imprint"/>, a digest of algorithm <paramref name="digestOid"/>.
    /// </summary>
    /// <returns>The token: a CMS ContentInfo, DER.</returns>
    public Task<byte[]> RequestTokenAsync(string digestOid, byte[] imprint, CancellationToken cancellationToken);
}
