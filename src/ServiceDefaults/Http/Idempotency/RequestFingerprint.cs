using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Kazynashylyk.ServiceDefaults.Http.Idempotency;

/// <summary>
/// A SHA-256 of the request body and its query string: what a repeat must match to get the stored response.
/// The body is buffered (to disk beyond a small size) and rewound, so the endpoint still reads all of it.
/// </summary>
internal static class RequestFingerprint
{
    public static async Task<string> ComputeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // The query string counts too: the same key on another query is another request, not a repeat.
        hash.AppendData(Encoding.UTF8.GetBytes(request.QueryString.Value + "\n"));

        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        request.Body.Position = 0;

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
