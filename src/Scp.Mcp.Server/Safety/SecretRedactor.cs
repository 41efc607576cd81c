using System.Text.Json;

namespace Scp.Mcp.Server.Safety;

/// <summary>Writes JSON with the values of secret-looking fields (password, secret, token, key, …) replaced.</summary>
public static class SecretRedactor
{
    /// <summary>What a redacted value becomes.</summary>
    public const string Redacted = "[REDACTED]";

    private static readonly string[] SecretWords =
    [
        "password", "passwd", "pwd", "secret", "token", "credential", "privatekey", "accesskey", "apikey",
        "signature", "authorization", "passphrase", "certificate", "sessionkey",
    ];

    /// <summary>True when a field named <paramref name="name"/> holds a secret.</summary>
    public static bool IsSecretName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = name.Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return SecretWords.Any(w => normalized.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Writes <paramref name="value"/> to <paramref name="writer"/>, redacting secret fields at any depth.</summary>
    public static void WriteRedacted(Utf8JsonWriter writer, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    if (IsSecretName(property.Name) && property.Value.ValueKind != JsonValueKind.Null)
                    {
                        writer.WriteStringValue(Redacted);
                    }
                    else
                    {
                        WriteRedacted(writer, property.Value);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    WriteRedacted(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Undefined:
                writer.WriteNullValue();
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }
}
