using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Kazynashylyk.Registration.PersonalData;

/// <summary>
/// HMAC-SHA256 of an IIN under the service's key: finds a person by IIN without storing it in the clear, and is
/// what access tokens carry (<c>iin_hmac</c>, base64url) instead of the IIN. A plain hash would not do: the
/// 12-digit space is small enough to try every IIN.
/// </summary>
public sealed class IinHasher(PersonalDataKeys keys)
{
    public byte[] Hash(string iin) => HMACSHA256.HashData(keys.HmacKey, Encoding.ASCII.GetBytes(iin.Trim()));

    public string HashBase64Url(string iin) => Base64Url.EncodeToString(Hash(iin));
}
