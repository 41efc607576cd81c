namespace Scp.Emulator;

/// <summary>An access/secret key pair the emulator accepts, optionally bound to an account id.</summary>
public sealed class ScpEmulatorKeyPair
{
    /// <summary>Creates a key pair.</summary>
    public ScpEmulatorKeyPair(string accessKey, string secretKey, string? accountId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(secretKey);
        AccessKey = accessKey;
        SecretKey = secretKey;
        AccountId = accountId;
    }

    /// <summary>The access key (sent in <c>Scp-Accesskey</c>).</summary>
    public string AccessKey { get; }

    /// <summary>The secret key used to verify signatures. Never printed by <see cref="ToString"/>.</summary>
    public string SecretKey { get; }

    /// <summary>Account the key belongs to; when null, the emulator derives one from the access key.</summary>
    public string? AccountId { get; }

    /// <summary>The default pair: <see cref="ScpEmulatorDefaults.AccessKey"/> / <see cref="ScpEmulatorDefaults.SecretKey"/>.</summary>
    public static ScpEmulatorKeyPair Default { get; } = new(ScpEmulatorDefaults.AccessKey, ScpEmulatorDefaults.SecretKey);

    /// <inheritdoc/>
    public override string ToString() => $"{AccessKey} (secret hidden)";
}
