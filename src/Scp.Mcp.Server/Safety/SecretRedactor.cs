using System.Text.Json;
using Scp.Sdk.Security;

namespace Scp.Mcp.Server.Safety;

/// <summary>Writes JSON with the values of secret fields (<see cref="ScpSecretFields.IsSecret"/>) replaced by <see cref="ScpSecretFields.Redacted"/>.</summary>
internal static class SecretRedactor
{
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
                    if (ScpSecretFields.IsSecret(property.Name) && property.Value.ValueKind != JsonValueKind.Null)
                    {
                        writer.WriteStringValue(ScpSecretFields.Redacted);
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
