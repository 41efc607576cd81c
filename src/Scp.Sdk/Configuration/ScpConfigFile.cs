using System.Text.Json;

namespace Scp.Sdk.Configuration;

/// <summary>One flat JSON config file (<c>config.json</c> or <c>credentials.json</c>): string values by key.</summary>
internal sealed class ScpConfigFile
{
    private readonly Dictionary<string, string> _values;

    private ScpConfigFile(string path, Dictionary<string, string> values)
    {
        Path = path;
        _values = values;
    }

    public string Path { get; }

    /// <summary>Reads <paramref name="path"/>; a missing file is empty. Errors name the file and line, never a value of a secret file.</summary>
    public static ScpConfigFile Read(string path, bool secret)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return new ScpConfigFile(path, values);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScpConfigurationException(null, path, $"Cannot read SCP config file {path}: {ex.Message}", ex);
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ScpConfigurationException(null, path, $"SCP config file {path} must hold a JSON object, e.g. {{\"default-region\": \"kr-west1\"}}.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        values[property.Name] = property.Value.GetString()!;
                        break;
                    case JsonValueKind.Null:
                        break;
                    case JsonValueKind.Object or JsonValueKind.Array:
                        break; // the official tools may keep structured data here; only flat strings are ours
                    default:
                        throw new ScpConfigurationException(
                            property.Name, path, $"SCP config file {path}: \"{property.Name}\" must be a JSON string (write it in double quotes).");
                }
            }
        }
        catch (JsonException ex)
        {
            // The parser's own message may quote a character of the file; for credentials.json it must not.
            var detail = secret ? "invalid JSON" : $"invalid JSON ({FirstSentence(ex.Message)})";
            throw new ScpConfigurationException(
                null, path, $"SCP config file {path} line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}: {detail}.");
        }

        return new ScpConfigFile(path, values);
    }

    public (string? Value, string Source) Get(string key) =>
        (_values.TryGetValue(key, out var value) ? value : null, $"file {Path} ({key})");

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.', ' ');
    }
}
