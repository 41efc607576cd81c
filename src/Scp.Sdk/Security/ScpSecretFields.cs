namespace Scp.Sdk.Security;

/// <summary>
/// The one list of field names that hold secrets (passwords, keys, tokens, signatures…). The server's redactor and
/// audit log write <see cref="Redacted"/> in their place; the emulator never stores or echoes them.
/// </summary>
public static class ScpSecretFields
{
    /// <summary>What a redacted value becomes.</summary>
    public const string Redacted = "[REDACTED]";

    private static readonly string[] SecretWords =
    [
        "password", "passwd", "pwd", "secret", "token", "credential", "privatekey", "accesskey", "apikey",
        "signature", "authorization", "passphrase", "certificate", "sessionkey",
    ];

    /// <summary>
    /// True when a field named <paramref name="name"/> holds a secret: its name, without <c>_</c> and <c>-</c> and
    /// ignoring case, contains one of the secret words (<c>password</c>, <c>secret</c>, <c>token</c>, <c>accesskey</c>, …).
    /// </summary>
    public static bool IsSecret(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = name.Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        foreach (var word in SecretWords)
        {
            if (normalized.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
