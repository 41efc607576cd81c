using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Scp.Mcp.Server.Safety;

/// <summary>
/// Issues and checks confirm tokens: <c>scpc1.&lt;id&gt;.&lt;expiry&gt;.&lt;args digest&gt;.&lt;mac&gt;</c>, where the MAC is
/// HMAC-SHA256 over id, expiry, principal (who called), tool name and the SHA-256 of the canonical arguments.
/// Self-contained, so any replica with the same key accepts them; single use is tracked by token id in an
/// <see cref="ISingleUseRecord"/> (this process's memory, or Redis shared by the replicas). The same tokens serve
/// <c>--confirm token</c> and, as the <c>requestState</c> of a multi round-trip request, MRTR confirmations.
/// </summary>
internal sealed class ConfirmTokenService
{
    /// <summary>The tool argument that carries a confirm token under <c>--confirm token</c>.</summary>
    public const string ArgumentName = "confirm_token";

    /// <summary>Environment variable that holds the shared key.</summary>
    public const string KeyEnvironmentVariable = "SCP_MCP_CONFIRM_KEY";

    private const string Prefix = "scpc1";
    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly ISingleUseRecord _uses;

    /// <summary>Creates the service with an explicit key; used ids go to <paramref name="uses"/> (default: this process's memory).</summary>
    public ConfirmTokenService(byte[] key, TimeProvider time, TimeSpan? lifetime = null, ISingleUseRecord? uses = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 16)
        {
            throw new ArgumentException("The confirm key must be at least 16 bytes long.", nameof(key));
        }

        _key = key.ToArray();
        _time = time ?? TimeProvider.System;
        Lifetime = lifetime ?? TimeSpan.FromMinutes(5);
        _uses = uses ?? new MemorySingleUseRecord(_time);
    }

    /// <summary>How long a token stays valid.</summary>
    public TimeSpan Lifetime { get; }

    /// <summary>
    /// Creates the service from <c>--confirm-key</c>, else <c>SCP_MCP_CONFIRM_KEY</c>, else a random key for this process.
    /// </summary>
    public static ConfirmTokenService Create(string? configuredKey, TimeProvider time, ISingleUseRecord? uses = null)
    {
        var text = configuredKey ?? Environment.GetEnvironmentVariable(KeyEnvironmentVariable);
        if (string.IsNullOrEmpty(text))
        {
            return new ConfirmTokenService(RandomNumberGenerator.GetBytes(32), time, uses: uses);
        }

        var key = Encoding.UTF8.GetBytes(text);
        if (key.Length < 16)
        {
            throw new ArgumentException(
                $"The confirm key (--confirm-key or {KeyEnvironmentVariable}) must be at least 16 characters; use a long random string shared by all replicas.");
        }

        return new ConfirmTokenService(key, time, uses: uses);
    }

    /// <summary>
    /// Issues a token for <paramref name="toolName"/> called with exactly <paramref name="arguments"/> by
    /// <paramref name="principal"/> (the authenticated caller; empty when the transport has none).
    /// </summary>
    public string Issue(string toolName, JsonElement arguments, string principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var id = Base64Url(RandomNumberGenerator.GetBytes(12));
        var expiry = (_time.GetUtcNow() + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var digest = Base64Url(CanonicalJson.Sha256(arguments).AsSpan(0, 16));
        return string.Join('.', Prefix, id, expiry, digest, Mac(id, expiry, principal, toolName, digest));
    }

    /// <summary>
    /// Checks <paramref name="token"/> for this call by <paramref name="principal"/>; a valid token is used up. When the
    /// single-use record cannot be reached the answer is <see cref="ConfirmTokenStatus.Unrecorded"/>: the call must not run.
    /// </summary>
    public async Task<ConfirmTokenStatus> VerifyAsync(
        string token, string toolName, JsonElement arguments, string principal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(principal);
        var parts = token.Split('.');
        if (parts.Length != 5 || parts[0] != Prefix
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry))
        {
            return ConfirmTokenStatus.Invalid;
        }

        var expected = Encoding.ASCII.GetBytes(Mac(parts[1], parts[2], principal, toolName, parts[3]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[4])))
        {
            return ConfirmTokenStatus.Invalid;
        }

        var now = _time.GetUtcNow();
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expiry);
        if (now >= expiresAt)
        {
            return ConfirmTokenStatus.Expired;
        }

        var digest = Base64Url(CanonicalJson.Sha256(arguments).AsSpan(0, 16));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(digest), Encoding.ASCII.GetBytes(parts[3])))
        {
            return ConfirmTokenStatus.ArgumentsMismatch;
        }

        try
        {
            return await _uses.TryUseAsync(parts[1], expiresAt, cancellationToken) ? ConfirmTokenStatus.Valid : ConfirmTokenStatus.Replayed;
        }
        catch (SingleUseRecordUnavailableException)
        {
            return ConfirmTokenStatus.Unrecorded;
        }
    }

    private string Mac(string id, string expiry, string principal, string toolName, string digest)
    {
        // Length-prefixed principal: no principal can be crafted to collide with another principal plus a tool name.
        var message = Encoding.UTF8.GetBytes($"{Prefix}\n{id}\n{expiry}\n{principal.Length}:{principal}\n{toolName}\n{digest}");
        return Base64Url(HMACSHA256.HashData(_key, message));
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes)
        => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
