using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scp.SpecCapture.Parsing;

/// <summary>Reads an example body: the lines up to the next marker, parsed as JSON when they are JSON.</summary>
public static class ExampleBlock
{
    /// <summary>
    /// Consumes lines until a heading, a <c>Response NNN</c> line, <paramref name="stopAt"/> or the end. Empty: null.
    /// Not valid JSON: the text as a JSON string, and <paramref name="isJson"/> is false.
    /// </summary>
    public static JsonNode? Read(DocsReader reader, string? stopAt, out bool isJson)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new List<string>();
        while (!reader.AtEnd
            && !DocsPatterns.Heading().IsMatch(reader.Current)
            && !DocsPatterns.ResponseExample().IsMatch(reader.Current)
            && !string.Equals(reader.Current, stopAt, StringComparison.Ordinal))
        {
            lines.Add(reader.Current);
            reader.Advance();
        }

        isJson = true;
        var text = string.Join('\n', lines).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            isJson = false;
            return JsonValue.Create(text);
        }
    }
}
