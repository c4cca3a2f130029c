using Kazynashylyk.Pki.Keys;

namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>An EDS login through the gateway: a challenge, its nonce signed, the CMS posted for a token.</summary>
internal static class EdsLogin
{
    public static async Task<string> LoginAsync(
        GatewayClient gateway,
        SigningIdentity key,
        string? role,
        string? login,
        CancellationToken cancellationToken)
    {
        var challenge = await gateway.PostAsync("/api/registration/login/challenge", new { }, null, cancellationToken);
        var nonce = Convert.FromBase64String(challenge.GetProperty("nonce").GetString()!);
        var cms = await DocumentSigner.SignAsync(key, nonce, cancellationToken);
        var answer = await gateway.PostAsync(
            "/api/registration/login",
            new { challengeId = challenge.GetProperty("challengeId").GetGuid(), cms, role, login },
            null,
            cancellationToken);

        return answer.GetProperty("accessToken").GetString()!;
    }
}
