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
    [ThreadStatic]
    private static IncrementalHash? t_hmac;

    [ThreadStatic]
    private static string? t_hmacKey;

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
        // Every call signs: the message (method, URL, timestamp, access key, account id, client type) is encoded into one
        // buffer, on the stack when it fits, and hashed by this thread's HMAC, kept for the key: OpenSSL's one-shot HMAC
        // sets up and frees a MAC context per call, a cost larger than hashing the 150-odd bytes (docs/performance.md).
        var upperMethod = method.ToUpperInvariant();
        Span<char> millis = stackalloc char[20];
        timestampMillis.TryFormat(millis, out var millisLength, provider: CultureInfo.InvariantCulture);
        ReadOnlySpan<char> timestamp = millis[..millisLength];
        var utf8 = Encoding.UTF8;
        var messageLength = utf8.GetByteCount(upperMethod) + utf8.GetByteCount(url) + millisLength + utf8.GetByteCount(accessKey)
            + utf8.GetByteCount(accountId ?? string.Empty) + utf8.GetByteCount(ScpHeaders.ClientTypeValue);
        byte[]? rented = null;
        var buffer = messageLength <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(messageLength));
        var written = utf8.GetBytes(upperMethod, buffer);
        written += utf8.GetBytes(url, buffer[written..]);
        written += utf8.GetBytes(timestamp, buffer[written..]);
        written += utf8.GetBytes(accessKey, buffer[written..]);
        written += utf8.GetBytes(accountId ?? string.Empty, buffer[written..]);
        written += utf8.GetBytes(ScpHeaders.ClientTypeValue, buffer[written..]);
        var hmac = ThreadHmac(secretKey);
        hmac.AppendData(buffer[..written]);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        hmac.GetHashAndReset(mac);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return Convert.ToBase64String(mac);
    }

    // This thread's HMAC-SHA256 for secretKey: made again when the key changes (a rotated credential is another string).
    private static IncrementalHash ThreadHmac(string secretKey)
    {
        if (t_hmac is { } hmac && ReferenceEquals(t_hmacKey, secretKey))
        {
            return hmac;
        }

        t_hmac?.Dispose();
        var key = Encoding.UTF8.GetBytes(secretKey);
        t_hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        CryptographicOperations.ZeroMemory(key);
        t_hmacKey = secretKey;
        return t_hmac;
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
