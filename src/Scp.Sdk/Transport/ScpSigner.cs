using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Scp.Sdk.Transport;

/// <summary>
/// SCP's request signature (docs/architecture.md, "Signing"): Base64(HMAC-SHA256(secret key,
/// METHOD + URL as sent + timestamp + access key + account id + "Openapi")). Pure functions, no clock of their own.
/// </summary>
public static class ScpSigner
{
    /// <summary>Computes the Base64 signature of one request.</summary>
    /// <param name="method">HTTP method; upper-cased before signing.</param>
    /// <param name="url">The full URL exactly as sent, query included (e.g. <c>Uri.AbsoluteUri</c>).</param>
    /// <param name="timestampMillis">Epoch milliseconds, the value of <c>Scp-Timestamp</c>.</param>
    /// <param name="accessKey">The access key.</param>
    /// <param name="secretKey">The secret key (HMAC key).</param>
    /// <param name="accountId">The account id, or null/empty when none is set.</param>
    public static string ComputeSignature(string method, string url, long timestampMillis, string accessKey, string secretKey, string? accountId)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentNullException.ThrowIfNull(accessKey);
        ArgumentException.ThrowIfNullOrEmpty(secretKey);
        // Every call signs: the message (method, URL, timestamp, access key, account id, client type) and the key are
        // encoded into one buffer, on the stack when they fit, rather than concatenated and encoded as new arrays.
        var upperMethod = method.ToUpperInvariant();
        Span<char> millis = stackalloc char[20];
        timestampMillis.TryFormat(millis, out var millisLength, provider: CultureInfo.InvariantCulture);
        ReadOnlySpan<char> timestamp = millis[..millisLength];
        var utf8 = Encoding.UTF8;
        var messageLength = utf8.GetByteCount(upperMethod) + utf8.GetByteCount(url) + millisLength + utf8.GetByteCount(accessKey)
            + utf8.GetByteCount(accountId ?? string.Empty) + utf8.GetByteCount(ScpHeaders.ClientTypeValue);
        var total = messageLength + utf8.GetByteCount(secretKey);
        byte[]? rented = null;
        var buffer = total <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(total));
        try
        {
            var written = utf8.GetBytes(upperMethod, buffer);
            written += utf8.GetBytes(url, buffer[written..]);
            written += utf8.GetBytes(timestamp, buffer[written..]);
            written += utf8.GetBytes(accessKey, buffer[written..]);
            written += utf8.GetBytes(accountId ?? string.Empty, buffer[written..]);
            written += utf8.GetBytes(ScpHeaders.ClientTypeValue, buffer[written..]);
            var key = buffer[written..total];
            utf8.GetBytes(secretKey, key);
            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key, buffer[..written], mac);
            return Convert.ToBase64String(mac);
        }
        finally
        {
            buffer[..total].Clear(); // the key does not linger on the stack or in the pool
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Checks a received signature in constant time (for the emulator and other verifiers).</summary>
    public static bool VerifySignature(
        string method, string url, long timestampMillis, string accessKey, string secretKey, string? accountId, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var expected = ComputeSignature(method, url, timestampMillis, accessKey, secretKey, accountId);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
    }

    /// <summary>The <c>Scp-*</c> signature headers of one request, in the order they are sent.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> CreateHeaders(
        string method, string url, DateTimeOffset timestamp, ScpCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var millis = timestamp.ToUnixTimeMilliseconds();
        var signature = ComputeSignature(method, url, millis, credentials.AccessKey, credentials.SecretKey, credentials.AccountId);
        var headers = new List<KeyValuePair<string, string>>(5)
        {
            new(ScpHeaders.AccessKey, credentials.AccessKey),
            new(ScpHeaders.Timestamp, millis.ToString(CultureInfo.InvariantCulture)),
            new(ScpHeaders.Signature, signature),
            new(ScpHeaders.ClientType, ScpHeaders.ClientTypeValue),
        };
        if (credentials.AccountId is { } accountId)
        {
            headers.Add(new(ScpHeaders.AccountId, accountId));
        }

        return headers;
    }

    /// <summary>The URL string that is signed for <paramref name="requestUri"/>: its <see cref="Uri.AbsoluteUri"/>.</summary>
    public static string GetSignedUrl(Uri requestUri)
    {
        ArgumentNullException.ThrowIfNull(requestUri);
        if (!requestUri.IsAbsoluteUri)
        {
            throw new ArgumentException("SCP requests must use an absolute URL.", nameof(requestUri));
        }

        return requestUri.AbsoluteUri;
    }

    /// <summary>Removes every signature header, then signs <paramref name="request"/> for <paramref name="timestamp"/>.</summary>
    public static void Sign(HttpRequestMessage request, ScpCredentials credentials, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.RequestUri);
        RemoveSignatureHeaders(request);
        foreach (var (name, value) in CreateHeaders(request.Method.Method, GetSignedUrl(request.RequestUri), timestamp, credentials))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }

    /// <summary>Removes any earlier signature headers (a retried request must not carry the old signature).</summary>
    public static void RemoveSignatureHeaders(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var name in ScpHeaders.SignatureHeaders)
        {
            request.Headers.Remove(name);
        }
    }
}
