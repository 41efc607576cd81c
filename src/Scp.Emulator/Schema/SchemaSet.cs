using System.Text.Json.Nodes;

namespace Scp.Emulator.Schema;

/// <summary>The component schemas of one product-version, with <c>$ref</c> and nullable resolution.</summary>
internal sealed class SchemaSet
{
    private const string RefPrefix = "#/components/schemas/";
    private readonly JsonObject _components;

    public SchemaSet(string componentsJson)
    {
        _components = string.IsNullOrWhiteSpace(componentsJson)
            ? new JsonObject()
            : JsonNode.Parse(componentsJson) as JsonObject ?? new JsonObject();
    }

    /// <summary>Parses a schema given as JSON text; null or blank gives null.</summary>
    public static JsonObject? Parse(string? schemaJson) =>
        string.IsNullOrWhiteSpace(schemaJson) ? null : JsonNode.Parse(schemaJson) as JsonObject;

    /// <summary>Follows <c>$ref</c>s and unwraps <c>anyOf [X, null]</c>; <paramref name="nullable"/> tells whether null is allowed.</summary>
    public JsonObject? Resolve(JsonNode? schema, out bool nullable)
    {
        nullable = false;
        var current = schema as JsonObject;
        for (var depth = 0; current is not null && depth < 32; depth++)
        {
            if (current["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target))
            {
                current = target.StartsWith(RefPrefix, StringComparison.Ordinal)
                    ? _components[target[RefPrefix.Length..]] as JsonObject
                    : null;
                continue;
            }

            if (current["anyOf"] is JsonArray anyOf && current["properties"] is null)
            {
                JsonObject? chosen = null;
                foreach (var option in anyOf)
                {
                    if (option is JsonObject o && IsNullType(o))
                    {
                        nullable = true;
                    }
                    else
                    {
                        chosen ??= option as JsonObject;
                    }
                }

                current = chosen;
                continue;
            }

            if (current["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null"))
            {
                nullable = true;
            }

            return current;
        }

        return current;
    }

    /// <summary>Resolves without reporting nullability.</summary>
    public JsonObject? Resolve(JsonNode? schema) => Resolve(schema, out _);

    /// <summary>The schema's main type: <c>object</c>, <c>array</c>, <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, or null when unconstrained.</summary>
    public static string? TypeOf(JsonObject? resolved)
    {
        if (resolved is null)
        {
            return null;
        }

        switch (resolved["type"])
        {
            case JsonValue single when single.TryGetValue<string>(out var type):
                return type;
            case JsonArray types:
                foreach (var t in types)
                {
                    if (t is JsonValue v && v.TryGetValue<string>(out var s) && s != "null")
                    {
                        return s;
                    }
                }

                break;
        }

        if (resolved["properties"] is JsonObject)
        {
            return "object";
        }

        return resolved["items"] is not null ? "array" : null;
    }

    /// <summary>The properties of an object schema (resolved), in declaration order.</summary>
    public static IEnumerable<KeyValuePair<string, JsonNode?>> PropertiesOf(JsonObject? resolved) =>
        resolved?["properties"] as JsonObject ?? [];

    /// <summary>Names listed in <c>required</c>.</summary>
    public static HashSet<string> RequiredOf(JsonObject? resolved)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (resolved?["required"] is JsonArray required)
        {
            foreach (var item in required)
            {
                if (item is JsonValue v && v.TryGetValue<string>(out var name))
                {
                    set.Add(name);
                }
            }
        }

        return set;
    }

    private static bool IsNullType(JsonObject schema) =>
        schema["type"] is JsonValue v && v.TryGetValue<string>(out var t) && t == "null";
}
