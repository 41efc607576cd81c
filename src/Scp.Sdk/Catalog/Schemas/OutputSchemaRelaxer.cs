using System.Text.Json;

namespace Scp.Sdk.Catalog.Schemas;

/// <summary>
/// Turns a composed output schema into a promise the server can keep whatever SCP sends: the docs describe SCP's
/// answers, they do not bind them. Throughout the schema (root and <c>$defs</c>): no <c>required</c> (SCP omits
/// fields), every typed value may be null, objects are open (no <c>additionalProperties: false</c>), <c>oneOf</c>
/// becomes <c>anyOf</c> (a null matches every nullable branch), and the value constraints — <c>enum</c>/<c>const</c>,
/// <c>format</c>, <c>pattern</c>, lengths, ranges, item counts — are dropped: they state what SCP accepts, not what it
/// answers. Documented enum values stay visible as <c>examples</c>. Types, properties and items remain, so a client
/// still learns the shape. Input schemas are not relaxed.
/// </summary>
internal static class OutputSchemaRelaxer
{
    private static readonly string[] Dropped =
    [
        "required", "format", "pattern", "minLength", "maxLength", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems", "multipleOf", "const",
    ];

    /// <summary>
    /// The relaxed copy of <paramref name="schema"/>, written in one pass from the <see cref="JsonElement"/>s (no node
    /// tree: composing the 148 tools' output schemas is on the start-up path). Kept keywords keep their place; a moved
    /// <c>enum</c> (as <c>examples</c>) and <c>oneOf</c> (as <c>anyOf</c>) go last, in that order, unless the schema already
    /// has the target keyword (then <c>examples</c> stays as it is and <c>anyOf</c> takes <c>oneOf</c>'s branches in place).
    /// </summary>
    public static JsonElement Relax(JsonElement schema) => JsonScratch.Write(default, writer => WriteSchema(writer, schema, isRoot: true));

    private static void WriteSchema(Utf8JsonWriter writer, JsonElement schema, bool isRoot = false)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            schema.WriteTo(writer);
            return;
        }

        var movesEnum = schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array;
        var movesOneOf = schema.TryGetProperty("oneOf", out var oneOf) && oneOf.ValueKind == JsonValueKind.Array;
        var hasExamples = schema.TryGetProperty("examples", out _);
        var hasAnyOf = schema.TryGetProperty("anyOf", out _);
        writer.WriteStartObject();
        foreach (var property in schema.EnumerateObject())
        {
            var name = property.Name;
            var value = property.Value;
            if (Array.IndexOf(Dropped, name) >= 0
                || (name == "additionalProperties" && value.ValueKind == JsonValueKind.False)
                || (name == "enum" && movesEnum)
                || (name == "oneOf" && movesOneOf))
            {
                continue;
            }

            writer.WritePropertyName(name);
            switch (name)
            {
                case "anyOf" when movesOneOf:
                    WriteBranches(writer, oneOf);
                    break;
                case "type" when !isRoot:
                    WriteNullableType(writer, value);
                    break;
                case "properties" or "$defs" or "patternProperties" when value.ValueKind == JsonValueKind.Object:
                    writer.WriteStartObject();
                    foreach (var child in value.EnumerateObject())
                    {
                        writer.WritePropertyName(child.Name);
                        WriteSchema(writer, child.Value);
                    }

                    writer.WriteEndObject();
                    break;
                case "items" or "additionalProperties":
                    WriteSchema(writer, value);
                    break;
                case "anyOf" or "allOf" or "prefixItems" when value.ValueKind == JsonValueKind.Array:
                    WriteBranches(writer, value);
                    break;
                default:
                    value.WriteTo(writer);
                    break;
            }
        }

        if (movesEnum && !hasExamples)
        {
            writer.WritePropertyName("examples");
            values.WriteTo(writer);
        }

        if (movesOneOf && !hasAnyOf)
        {
            writer.WritePropertyName("anyOf");
            WriteBranches(writer, oneOf);
        }

        writer.WriteEndObject();
    }

    private static void WriteBranches(Utf8JsonWriter writer, JsonElement branches)
    {
        writer.WriteStartArray();
        foreach (var branch in branches.EnumerateArray())
        {
            WriteSchema(writer, branch);
        }

        writer.WriteEndArray();
    }

    /// <summary>A type that also admits null: <c>"string"</c> → <c>["string","null"]</c>; an array gains <c>"null"</c>.</summary>
    private static void WriteNullableType(Utf8JsonWriter writer, JsonElement type)
    {
        if (type.ValueKind == JsonValueKind.String && !type.ValueEquals("null"))
        {
            writer.WriteStartArray();
            type.WriteTo(writer);
            writer.WriteStringValue("null");
            writer.WriteEndArray();
        }
        else if (type.ValueKind == JsonValueKind.Array && !type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && t.ValueEquals("null")))
        {
            writer.WriteStartArray();
            foreach (var item in type.EnumerateArray())
            {
                item.WriteTo(writer);
            }

            writer.WriteStringValue("null");
            writer.WriteEndArray();
        }
        else
        {
            type.WriteTo(writer);
        }
    }
}
