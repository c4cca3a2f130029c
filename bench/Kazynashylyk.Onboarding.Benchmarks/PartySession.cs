using System.Diagnostics;
using Kazynashylyk.Pki.Keys;

namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>
/// A party that signs every agreement (the head, the operator): logged in once and the token reused, renewed
/// when it is older than <see cref="RenewAfter"/> (tokens live 15 minutes).
/// </summary>
internal sealed class PartySession(GatewayClient gateway, SigningIdentity key, string? role) : IDisposable
{
    public static readonly TimeSpan RenewAfter = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private long obtainedAt;

    public SigningIdentity Key => key;

    /// <summary>How many logins this party has made in the run.</summary>
    public int Logins { get; private set; }

    public Task<string> TokenAsync(CancellationToken cancellationToken) => TokenAsync(false, cancellationToken);

    /// <summary>Logs in again now, outside any timed stretch, so that no renewal falls inside a repeat.</summary>
    public Task RenewAsync(CancellationToken cancellationToken) => TokenAsync(true, cancellationToken);

    public void Dispose() => gate.Dispose();

    private async Task<string> TokenAsync(bool renew, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (renew || token is null || Stopwatch.GetElapsedTime(obtainedAt) > RenewAfter)
            {
                token = await EdsLogin.LoginAsync(gateway, key, role, null, cancellationToken);
                obtainedAt = Stopwatch.GetTimestamp();
                Logins++;
            }

            return token;
        }
        finally
        {
            gate.Release();
        }
    }
}
