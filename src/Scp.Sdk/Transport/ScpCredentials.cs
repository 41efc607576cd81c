namespace Scp.Sdk.Transport;

/// <summary>An SCP access key pair, with the account id when one is set. <see cref="ToString"/> never shows the secret.</summary>
public sealed class ScpCredentials
{
    /// <summary>Creates credentials.</summary>
    public ScpCredentials(string accessKey, string secretKey, string? accountId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(secretKey);
        AccessKey = accessKey;
        SecretKey = secretKey;
        AccountId = string.IsNullOrEmpty(accountId) ? null : accountId;
    }

    /// <summary>The access key (sent in <c>Scp-Accesskey</c>).</summary>
    public string AccessKey { get; }

    /// <summary>The secret key (the HMAC key; never sent, never logged).</summary>
    public string SecretKey { get; }

    /// <summary>The account id, or null.</summary>
    public string? AccountId { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"ScpCredentials {{ AccessKey = {Redaction.Mask(AccessKey)}, SecretKey = ***, AccountId = {AccountId ?? "(none)"} }}";
}
