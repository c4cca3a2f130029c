using Kazynashylyk.Contracts.Signature;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.Registration.Signatures;

/// <summary>
/// Asks the Signature service, over the bus, to verify a CMS over content this service reproduces (a form, a
/// login nonce). The content always travels with the request: a detached CMS needs it, and an attached one must
/// carry exactly these bytes or the Signature service refuses it.
/// </summary>
public sealed class SignatureVerifier(
    IRequestClient<VerifySignature> client,
    IOptions<RegistrationOptions> options,
    ILogger<SignatureVerifier> logger)
{
    /// <summary>The queue the Signature service's replicas verify on.</summary>
    public static readonly Uri VerifySignatureAddress = new("queue:verify-signature");

    public async Task<VerificationOutcome> VerifyAsync(string cms, byte[] content, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var request = new VerifySignature
        {
            VerificationId = NewId.NextGuid(),
            Cms = cms,
            Content = Convert.ToBase64String(content),
            TrustStore = string.IsNullOrWhiteSpace(settings.TrustStore) ? null : settings.TrustStore,
        };

        try
        {
            var timeout = RequestTimeout.After(ms: (int)settings.VerificationTimeout.TotalMilliseconds);
            var response = await client.GetResponse<VerificationReport, SignatureRejected>(
                request, cancellationToken, timeout);

            if (response.Is(out Response<VerificationReport>? verified))
            {
                return VerificationOutcome.Verified(verified.Message);
            }

            return response.Is(out Response<SignatureRejected>? rejected)
                ? VerificationOutcome.Rejected(rejected.Message)
                : VerificationOutcome.Unavailable();
        }
        catch (MassTransitException exception)
        {
            // A timeout, a fault of the Signature service or an unreachable broker: nothing was decided, the
            // caller may try again.
            RegistrationLog.VerificationUnavailable(logger, request.VerificationId, exception.GetType().Name);

            return VerificationOutcome.Unavailable();
        }
    }
}
