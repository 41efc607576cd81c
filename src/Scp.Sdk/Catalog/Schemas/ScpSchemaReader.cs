using System.Text.Json;

namespace Scp.Sdk.Catalog.Schemas;

/// <summary>
/// Reads JSON Schema keywords: the one place that resolves local <c>$ref</c>s, unwraps nullable schemas
/// (<c>anyOf [X, null]</c>, <c>"type": [X, "null"]</c>), and reads type names, required names, properties and numeric
/// keywords. Used by <see cref="ScpArgumentValidator"/> and by the emulator, which shapes responses from the same
/// component schemas.
/// </summary>
public static class ScpSchemaReader
{
    private const int MaxResolveDepth = 32;

    /// <summary>Resolves a local reference (<c>#/$defs/X</c>, <c>#/components/schemas/X</c>) against <paramref name="root"/>; null when it does not resolve.</summary>
    public static JsonElement? ResolveReference(string reference, JsonElement root)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        var current = root;
        var path = reference.AsSpan(2);
        foreach (var range in path.Split('/'))
        {
            // Read at every reference of every validated value: the segments are spans, a string only for an escaped (~) one.
            var segment = path[range];
            var found = segment.Contains('~')
                ? current.ValueKind == JsonValueKind.Object && current.TryGetProperty(
                    segment.ToString().Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal), out current)
                : current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out current);
            if (!found)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>
    /// The object schema that <paramref name="schema"/> stands for: <c>$ref</c>s followed (against <paramref name="root"/>)
    /// and <c>anyOf [X, null]</c> unwrapped to X. <paramref name="nullable"/> tells whether null is allowed on the way.
    /// Null when <paramref name="schema"/> is null, not an object, or a reference does not resolve.
    /// </summary>
    public static JsonElement? Resolve(JsonElement? schema, JsonElement root, out bool nullable)
    {
        nullable = false;
        var current = schema;
        for (var depth = 0; depth < MaxResolveDepth; depth++)
        {
            if (current is not { ValueKind: JsonValueKind.Object } value)
            {
                return null;
            }

            if (value.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String)
            {
                current = ResolveReference(reference.GetString()!, root);
                continue;
            }

            if (value.TryGetProperty("anyOf", out var anyOf) && anyOf.ValueKind == JsonValueKind.Array && !value.TryGetProperty("properties", out _))
            {
                JsonElement? chosen = null;
                foreach (var option in anyOf.EnumerateArray())
                {
                    if (TypeNames(option) is ["null"])
                    {
                        nullable = true;
                    }
                    else
                    {
                        chosen ??= option;
                    }
                }

                current = chosen;
                continue;
            }

            nullable |= TypeNames(value).Contains("null");
            return value;
        }

        return current;
    }

    /// <summary>The names in <c>type</c> (a string or an array of strings); empty when there is none.</summary>
    public static IReadOnlyList<string> TypeNames(JsonElement schema)
    {
        var names = new List<string>();
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.String)
            {
                names.Add(type.GetString()!);
            }
            else if (type.ValueKind == JsonValueKind.Array)
            {
                names.AddRange(type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!));
            }
        }

        return names;
    }

    /// <summary>
    /// The main type of a (resolved) schema: its first non-null <c>type</c>, else <c>object</c> when it lists
    /// <c>properties</c>, <c>array</c> when it has <c>items</c>; null when unconstrained.
    /// </summary>
    public static string? MainType(JsonElement? schema)
    {
        if (schema is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (TypeNames(value).FirstOrDefault(t => t != "null") is { } type)
        {
            return type;
        }

        return value.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object ? "object"
            : value.TryGetProperty("items", out _) ? "array"
            : null;
    }

    /// <summary>The names listed in <c>required</c>.</summary>
    public static HashSet<string> RequiredNames(JsonElement? schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (schema is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray())
            {
                if (name.ValueKind == JsonValueKind.String)
                {
                    names.Add(name.GetString()!);
                }
            }
        }

        return names;
    }

    /// <summary>The <c>properties</c> of an object schema in declaration order (name → schema); empty when there are none.</summary>
    public static IEnumerable<KeyValuePair<string, JsonElement>> Properties(JsonElement? schema)
    {
        if (schema is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("properties", out var properties)
            && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                yield return new(property.Name, property.Value);
            }
        }
    }

    /// <summary>The value of <paramref name="keyword"/> in an object schema, or null when absent.</summary>
    public static JsonElement? Keyword(JsonElement? schema, string keyword) =>
        schema is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(keyword, out var found) ? found : null;

    /// <summary>The text of a string-valued <paramref name="keyword"/> (<c>format</c>, <c>pattern</c>, a string <c>example</c>), or null.</summary>
    public static string? Text(JsonElement? schema, string keyword) =>
        Keyword(schema, keyword) is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;

    /// <summary>The value of a numeric <paramref name="keyword"/> (<c>minimum</c>, <c>maxLength</c>, …), or null when absent or not a number.</summary>
    public static decimal? Number(JsonElement? schema, string keyword) =>
        Keyword(schema, keyword) is { ValueKind: JsonValueKind.Number } value && value.TryGetDecimal(out var number) ? number : null;
}
