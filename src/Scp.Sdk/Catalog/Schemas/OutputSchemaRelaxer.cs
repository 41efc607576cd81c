using System.Text.Json;
using System.Text.Json.Nodes;

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

    /// <summary>The relaxed copy of <paramref name="schema"/>.</summary>
    public static JsonElement Relax(JsonElement schema)
    {
        var root = JsonObject.Create(schema)!;
        RelaxSchema(root, isRoot: true);

        // JsonNode.WriteTo needs no serializer metadata (AOT-safe).
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            root.WriteTo(writer);
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }

    private static void RelaxSchema(JsonNode? node, bool isRoot = false)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        foreach (var keyword in Dropped)
        {
            schema.Remove(keyword);
        }

        if (schema["additionalProperties"] is JsonValue closed && closed.GetValueKind() == JsonValueKind.False)
        {
            schema.Remove("additionalProperties");
        }

        if (schema["enum"] is JsonArray values)
        {
            schema.Remove("enum");
            if (!schema.ContainsKey("examples"))
            {
                schema["examples"] = values.DeepClone();
            }
        }

        if (schema["oneOf"] is JsonArray oneOf)
        {
            schema.Remove("oneOf");
            schema["anyOf"] = oneOf.DeepClone();
        }

        // The root stays an object: a client needs structuredContent to be one.
        if (!isRoot)
        {
            switch (schema["type"])
            {
                case JsonValue type when type.GetValueKind() == JsonValueKind.String && type.GetValue<string>() != "null":
                    schema["type"] = new JsonArray(type.GetValue<string>(), "null");
                    break;
                case JsonArray types when !types.Any(t => t?.GetValue<string>() == "null"):
                    types.Add((JsonNode)"null");
                    break;
            }
        }

        foreach (var keyword in new[] { "properties", "$defs", "patternProperties" })
        {
            if (schema[keyword] is JsonObject children)
            {
                foreach (var (_, child) in children)
                {
                    RelaxSchema(child);
                }
            }
        }

        foreach (var keyword in new[] { "items", "additionalProperties" })
        {
            RelaxSchema(schema[keyword]);
        }

        foreach (var keyword in new[] { "anyOf", "allOf", "prefixItems" })
        {
            if (schema[keyword] is JsonArray branches)
            {
                foreach (var branch in branches)
                {
                    RelaxSchema(branch);
                }
            }
        }
    }
}
