using System.Globalization;
using System.Text.Json.Nodes;
using Scp.SpecCapture.Model;

namespace Scp.SpecCapture.Parsing;

/// <summary>Turns an example or default written in a table cell into a JSON value of the field's type.</summary>
public static class ValueConverter
{
    /// <summary>
    /// Converts <paramref name="text"/> according to <paramref name="schema"/> (or the inferred primitive type).
    /// Returns a JSON string when the text does not fit the type; <paramref name="fitsType"/> says which happened.
    /// </summary>
    public static JsonNode? Convert(string text, SchemaType? schema, string? inferredType, out bool fitsType)
    {
        ArgumentNullException.ThrowIfNull(text);
        var type = TypeName(schema, inferredType, text);
        fitsType = true;
        if (schema?.WithoutNull() is { Kind: SchemaKind.Enum, Values: { } values } && !values.Contains(text, StringComparer.Ordinal))
        {
            // An example like "A | B | C" lists the values instead of picking one: kept as written.
            fitsType = false;
            return JsonValue.Create(text);
        }

        switch (type)
        {
            case "integer" when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer):
                return JsonValue.Create(integer);
            case "number" when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return JsonValue.Create(number);
            case "boolean" when text is "True" or "true":
                return JsonValue.Create(true);
            case "boolean" when text is "False" or "false":
                return JsonValue.Create(false);
            case "array" or "object" when PythonLiteralParser.TryParse(text, out var literal) && literal is not null && IsKind(literal, type):
                return literal;
            case "string":
                return JsonValue.Create(text);
            default:
                fitsType = false;
                return JsonValue.Create(text);
        }
    }

    private static bool IsKind(JsonNode node, string type) => type == "array" ? node is JsonArray : node is JsonObject;

    private static string TypeName(SchemaType? schema, string? inferredType, string text)
    {
        if (schema is null)
        {
            return inferredType ?? "string";
        }

        var inner = schema.WithoutNull();
        if (inner.Kind == SchemaKind.AnyOf && inner.Options is not null)
        {
            // any of [array[string], string]: a list literal is the array alternative, anything else the other one.
            var wantsArray = text.StartsWith('[');
            var pick = inner.Options.FirstOrDefault(o => o.Kind != SchemaKind.Null && (o.Kind == SchemaKind.Array) == wantsArray)
                ?? inner.Options.First(o => o.Kind != SchemaKind.Null);
            return TypeName(pick, null, text);
        }

        return inner.Kind switch
        {
            SchemaKind.Primitive => inner.Name ?? "string",
            SchemaKind.Array => "array",
            SchemaKind.Reference => "object",
            _ => "string",
        };
    }
}
