using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Cms;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.Signature.Verification;

/// <summary>
/// Verifies for the sagas and external systems over the bus. The replicas compete for the one queue; the stored
/// report, the inbox record and the answer commit together.
/// </summary>
public sealed class VerifySignatureConsumer(VerificationService verification, IOptions<SignatureOptions> options)
    : IConsumer<VerifySignature>
{
    public async Task Consume(ConsumeContext<VerifySignature> context)
    {
        var request = context.Message;
        var decoder = new RequestDecoder(options.Value.DefaultTrustStore);
        var cms = decoder.Required("cms", request.Cms);
        var content = decoder.OptionalBase64("content", request.Content);
        var store = decoder.TrustStore(request.TrustStore);
        if (decoder.Errors.Count > 0)
        {
            var (field, messages) = decoder.Errors.First();
            await context.RespondAsync(Rejected(request, field, string.Join(" ", messages)));

            return;
        }

        try
        {
            var input = new VerificationInput(cms, content, store, AssertedTime: null);
            await context.RespondAsync(await verification.VerifyAsync(input, context.CancellationToken));
        }
        catch (UnusableInputException unusable)
        {
            await context.RespondAsync(Rejected(request, unusable.Reason.ToString(), unusable.Message));
        }
    }

    private static SignatureRejected Rejected(VerifySignature request, string reason, string detail) =>
        new() { VerificationId = request.VerificationId, Reason = reason, Detail = detail };
}
