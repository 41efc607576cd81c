using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Emulator.Schema;

namespace Scp.Emulator.Behaviour;

/// <summary>
/// Makes a value match its schema's type. The docs' examples are not always typed ("3" for an integer,
/// "['kr-west1']" for an array, "" for an object); answers must still validate against the response schema,
/// because clients (and MCP hosts checking structured output) do.
/// </summary>
internal static class ValueConformer
{
    public static JsonNode? Conform(JsonNode? value, JsonElement? schema, bool nullable)
    {
        var type = SchemaSet.TypeOf(schema);
        if (type is null)
        {
            return value;
        }

        if (value is null)
        {
            return nullable ? null : Default(type);
        }

        var kind = value.GetValueKind();
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : null;
        switch (type)
        {
            case "string":
                var asText = kind == JsonValueKind.String ? text! : kind is JsonValueKind.Object or JsonValueKind.Array ? value.ToJsonString() : value.ToString();
                if (SchemaSet.Keyword(schema, "enum") is { ValueKind: JsonValueKind.Array } options && options.GetArrayLength() > 0
                    && !options.EnumerateArray().Any(o => (o.ValueKind == JsonValueKind.String ? o.GetString() : o.GetRawText()) == asText))
                {
                    return nullable ? null : SchemaSet.ToNode(options[0]);
                }

                return kind == JsonValueKind.String ? value : asText;
            case "integer":
                if (kind == JsonValueKind.Number)
                {
                    var number = SchemaSet.ToElement(value);
                    return number.TryGetInt64(out _) ? value : (long)Math.Round(number.GetDouble());
                }

                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole : Fallback(type, nullable);
            case "number":
                if (kind == JsonValueKind.Number)
                {
                    return value;
                }

                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : Fallback(type, nullable);
            case "boolean":
                if (kind is JsonValueKind.True or JsonValueKind.False)
                {
                    return value;
                }

                return bool.TryParse(text, out var flag) ? flag : Fallback(type, nullable);
            case "array":
                if (kind == JsonValueKind.Array)
                {
                    return value;
                }

                return ParseLooseList(text) ?? Fallback(type, nullable);
            case "object":
                return kind == JsonValueKind.Object ? value : Fallback(type, nullable);
            default:
                return value;
        }
    }

    private static JsonNode? Fallback(string type, bool nullable) => nullable ? null : Default(type);

    private static JsonNode? Default(string type) => type switch
    {
        "string" => string.Empty,
        "integer" or "number" => 0,
        "boolean" => false,
        "array" => new JsonArray(),
        "object" => new JsonObject(),
        _ => null,
    };

    /// <summary>Reads Python-style list text from the docs (<c>['a', 'b']</c>) as a JSON array.</summary>
    private static JsonArray? ParseLooseList(string? text)
    {
        if (text is null || !text.TrimStart().StartsWith('['))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text.Replace('\'', '"')) as JsonArray;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
