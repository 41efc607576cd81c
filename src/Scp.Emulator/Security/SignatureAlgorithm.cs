using System.Security.Cryptography;
using System.Text;

namespace Scp.Emulator.Security;

/// <summary>
/// The seam between the emulator and the SDK's signer: the documented algorithm (DESIGN.md, "Signing").
/// Replaced by <c>ScpSigner.ComputeSignature</c> once the transport lands.
/// </summary>
internal static class SignatureAlgorithm
{
    public static string Compute(string method, string url, long timestampMillis, string accessKey, string secretKey, string? accountId)
    {
        var message = string.Concat(method, url, timestampMillis.ToString(System.Globalization.CultureInfo.InvariantCulture), accessKey, accountId ?? string.Empty, "Openapi");
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(message));
        return Convert.ToBase64String(mac);
    }
}
