using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Scp.Emulator.Behaviour;
using Scp.Emulator.Errors;
using Scp.Sdk.Transport;

namespace Scp.Emulator.Security;

/// <summary>Checks the <c>Scp-*</c> headers, the timestamp's freshness and the signature, as SCP does.</summary>
internal sealed class RequestAuthenticator
{
    private readonly Dictionary<string, ScpEmulatorKeyPair> _keys;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _tolerance;

    public RequestAuthenticator(IEnumerable<ScpEmulatorKeyPair> keyPairs, TimeProvider clock, TimeSpan tolerance)
    {
        _keys = new Dictionary<string, ScpEmulatorKeyPair>(StringComparer.Ordinal);
        foreach (var pair in keyPairs)
        {
            _keys[pair.AccessKey] = pair;
        }

        _clock = clock;
        _tolerance = tolerance;
    }

    /// <summary>Returns the caller's account id, or an SCP-shaped 401 in <paramref name="failure"/>.</summary>
    public string? Authenticate(string method, string url, Func<string, string?> header, string requestId, out EmulatorResponse? failure)
    {
        failure = null;
        foreach (var name in new[] { ScpHeaders.AccessKey, ScpHeaders.Timestamp, ScpHeaders.Signature, ScpHeaders.ClientType })
        {
            if (string.IsNullOrEmpty(header(name)))
            {
                failure = ScpErrorResult.Unauthorized($"Header {name} is missing; every SCP request carries {ScpHeaders.AccessKey}, {ScpHeaders.Timestamp}, {ScpHeaders.Signature} and {ScpHeaders.ClientType}.", requestId);
                return null;
            }
        }

        var clientType = header(ScpHeaders.ClientType)!;
        if (!string.Equals(clientType, ScpHeaders.ClientTypeValue, StringComparison.Ordinal))
        {
            failure = ScpErrorResult.Unauthorized($"Header {ScpHeaders.ClientType} must be '{ScpHeaders.ClientTypeValue}'.", requestId);
            return null;
        }

        if (!long.TryParse(header(ScpHeaders.Timestamp), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            failure = ScpErrorResult.Unauthorized($"Header {ScpHeaders.Timestamp} must be epoch milliseconds.", requestId);
            return null;
        }

        var skew = _clock.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(timestamp, 0, 253402300799999));
        if (skew.Duration() > _tolerance)
        {
            failure = ScpErrorResult.Unauthorized($"Header {ScpHeaders.Timestamp} is {Math.Abs((long)skew.TotalSeconds)} s away from the server clock; the limit is {(long)_tolerance.TotalMinutes} minutes. Sign each request with the current time.", requestId);
            return null;
        }

        var accessKey = header(ScpHeaders.AccessKey)!;
        if (!_keys.TryGetValue(accessKey, out var pair))
        {
            failure = ScpErrorResult.Unauthorized($"Access key '{accessKey}' is not known to this emulator.", requestId);
            return null;
        }

        var headerAccount = header(ScpHeaders.AccountId);
        var accountId = string.IsNullOrEmpty(headerAccount) ? null : headerAccount;
        if (!ScpSigner.VerifySignature(method, url, timestamp, accessKey, pair.SecretKey, accountId, header(ScpHeaders.Signature)))
        {
            failure = ScpErrorResult.Unauthorized($"Signature does not match for access key '{accessKey}' and URL '{url}'. Sign METHOD + the URL exactly as sent + timestamp + access key + account id + 'Openapi' with the secret key.", requestId);
            return null;
        }

        return accountId ?? pair.AccountId ?? DeriveAccountId(accessKey);
    }

    private static string DeriveAccountId(string accessKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(accessKey)))[..32];
}
