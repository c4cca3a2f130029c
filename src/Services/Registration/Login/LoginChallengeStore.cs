using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Kazynashylyk.Registration.Login;

/// <summary>
/// Login challenges in the shared Redis: a random nonce per challenge, kept for
/// <see cref="LoginOptions.ChallengeLifetime"/> and taken with GETDEL, so each challenge is answered at most once, by
/// any replica.
/// </summary>
public sealed class LoginChallengeStore(IConnectionMultiplexer redis, IOptions<LoginOptions> options, TimeProvider time)
{
    /// <summary>The nonce's length in bytes.</summary>
    public const int NonceBytes = 32;

    private const string KeyPrefix = "kazynashylyk:registration:login-challenge:";

    public async Task<LoginChallengeResponse> IssueAsync()
    {
        var lifetime = options.Value.ChallengeLifetime;
        var challengeId = Guid.NewGuid();
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(NonceBytes));
        await redis.GetDatabase().StringSetAsync(KeyOf(challengeId), nonce, expiry: lifetime);

        return new LoginChallengeResponse(challengeId, nonce, time.GetUtcNow() + lifetime);
    }

    /// <summary>The challenge's nonce, removed in the same step; null when unknown, already used or expired.</summary>
    public async Task<byte[]?> TakeAsync(Guid challengeId)
    {
        var nonce = await redis.GetDatabase().StringGetDeleteAsync(KeyOf(challengeId));

        return nonce.IsNullOrEmpty ? null : Convert.FromBase64String(nonce.ToString());
    }

    private static RedisKey KeyOf(Guid challengeId) => $"{KeyPrefix}{challengeId:N}";
}
