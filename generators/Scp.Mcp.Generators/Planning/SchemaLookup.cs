using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Scp.Mcp.Generators.Planning;

/// <summary>Reads a spec's schemas for planning: resolves <c>#/components/schemas/…</c> references and lists string properties.</summary>
internal sealed class SchemaLookup(JsonElement components)
{
    private const string Prefix = "#/components/schemas/";

    /// <summary>The schema in <paramref name="schemaJson"/>, its reference resolved; null when there is none.</summary>
    public JsonElement? Resolve(string? schemaJson)
    {
        if (string.IsNullOrWhiteSpace(schemaJson))
        {
            return null;
        }

        using var document = JsonDocument.Parse(schemaJson!);
        return Resolve(document.RootElement.Clone());
    }

    /// <summary><paramref name="schema"/> with its <c>$ref</c> (also a single-branch <c>allOf</c>) resolved.</summary>
    public JsonElement? Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < 16 && schema.ValueKind == JsonValueKind.Object; hops++)
        {
            if (schema.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String
                && reference.GetString()!.StartsWith(Prefix, StringComparison.Ordinal))
            {
                var name = reference.GetString()!;
                if (!components.TryGetProperty(name.AsSpan(Prefix.Length), out schema))
                {
                    return null;
                }
            }
            else if (schema.TryGetProperty("allOf", out var all) && all.ValueKind == JsonValueKind.Array && all.GetArrayLength() == 1)
            {
                schema = all[0];
            }
            else
            {
                return schema;
            }
        }

        return schema.ValueKind == JsonValueKind.Object ? schema : null;
    }

    /// <summary>The string properties of an object schema as dotted paths with their schemas, <paramref name="depth"/> levels deep.</summary>
    public IEnumerable<(string Path, JsonElement Schema)> StringProperties(JsonElement schema, int depth, string prefix = "")
    {
        if (depth <= 0 || Resolve(schema) is not { } resolved || !resolved.TryGetProperty("properties", out var properties)
            || properties.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        var nested = new List<(string, JsonElement)>();
        foreach (var property in properties.EnumerateObject())
        {
            if (Resolve(property.Value) is not { } value)
            {
                continue;
            }

            if (HasType(value, "string"))
            {
                yield return (prefix + property.Name, value);
            }
            else if (HasType(value, "object") || value.TryGetProperty("properties", out _))
            {
                nested.Add((prefix + property.Name + ".", value));
            }
        }

        foreach (var (path, value) in nested)
        {
            foreach (var item in StringProperties(value, depth - 1, path))
            {
                yield return item;
            }
        }
    }

    /// <summary>The dotted paths of <see cref="StringProperties"/>.</summary>
    public IEnumerable<string> StringFields(JsonElement schema, int depth) => StringProperties(schema, depth).Select(static p => p.Path);

    private static bool HasType(JsonElement schema, string type)
    {
        if (!schema.TryGetProperty("type", out var value))
        {
            return false;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString() == type
            : value.ValueKind == JsonValueKind.Array && value.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && t.GetString() == type);
    }
}
