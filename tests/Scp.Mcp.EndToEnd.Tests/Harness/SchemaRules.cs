using System.Text.Json;

namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>
/// Schema rules that keep tools usable across MCP clients, each returning the JSON-pointer paths that break it.
/// </summary>
public static class SchemaRules
{
    /// <summary>Root must be <c>type: object</c> without top-level <c>anyOf</c>/<c>oneOf</c>/<c>allOf</c> (OpenAI, Gemini and VS Code reject those).</summary>
    public static IEnumerable<string> RootProblems(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            yield return "(root): not an object";
            yield break;
        }

        if (!schema.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "object")
        {
            yield return "/type: root type must be \"object\"";
        }

        foreach (var keyword in new[] { "anyOf", "oneOf", "allOf", "not" })
        {
            if (schema.TryGetProperty(keyword, out _))
            {
                yield return $"/{keyword}: not allowed at the root";
            }
        }
    }

    /// <summary>Every schema whose type is or includes <c>array</c> declares <c>items</c> (Copilot and Gemini reject arrays without).</summary>
    public static IEnumerable<string> ArraysWithoutItems(JsonElement schema) =>
        Walk(schema, "").Where(n => IncludesType(n.Node, "array") && !n.Node.TryGetProperty("items", out _)).Select(n => n.Path + ": array without items");

    /// <summary>Every <c>$ref</c> is local (<c>#/$defs/Name</c>) and names a definition of the same schema.</summary>
    public static IEnumerable<string> UnresolvedRefs(JsonElement schema)
    {
        var defs = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$defs", out var d) && d.ValueKind == JsonValueKind.Object
            ? d.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var (path, node) in Walk(schema, ""))
        {
            if (node.TryGetProperty("$ref", out var reference))
            {
                var text = reference.GetString() ?? string.Empty;
                if (!text.StartsWith("#/$defs/", StringComparison.Ordinal) || !defs.Contains(text["#/$defs/".Length..]))
                {
                    yield return $"{path}/$ref: {text} does not resolve to this schema's $defs";
                }
            }
        }
    }

    /// <summary>Keywords the flat (Gemini-safe) dialect must not contain: <c>$ref</c>, <c>$defs</c>, <c>additionalProperties</c>, type arrays.</summary>
    public static IEnumerable<string> FlatDialectProblems(JsonElement schema)
    {
        foreach (var (path, node) in Walk(schema, ""))
        {
            foreach (var keyword in new[] { "$ref", "$defs", "definitions", "additionalProperties" })
            {
                if (node.TryGetProperty(keyword, out _))
                {
                    yield return $"{path}/{keyword}";
                }
            }

            if (node.TryGetProperty("type", out var type) && type.ValueKind != JsonValueKind.String)
            {
                yield return $"{path}/type: {type.GetRawText()} (must be a single type name)";
            }
        }
    }

    /// <summary>Every schema object in the tree with its JSON-pointer path (properties, items, $defs, combinators).</summary>
    public static IEnumerable<(string Path, JsonElement Node)> Walk(JsonElement node, string path)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        yield return (path, node);
        foreach (var property in node.EnumerateObject())
        {
            var children = property.Name switch
            {
                "properties" or "$defs" or "definitions" or "patternProperties" when property.Value.ValueKind == JsonValueKind.Object =>
                    property.Value.EnumerateObject().Select(p => (Path: $"{path}/{property.Name}/{p.Name}", Node: p.Value)),
                "items" or "additionalProperties" or "not" or "contains" => [(Path: $"{path}/{property.Name}", Node: property.Value)],
                "anyOf" or "oneOf" or "allOf" or "prefixItems" when property.Value.ValueKind == JsonValueKind.Array =>
                    property.Value.EnumerateArray().Select((e, i) => (Path: $"{path}/{property.Name}/{i}", Node: e)),
                _ => [],
            };
            foreach (var (childPath, child) in children)
            {
                foreach (var descendant in Walk(child, childPath))
                {
                    yield return descendant;
                }
            }
        }
    }

    private static bool IncludesType(JsonElement node, string name) =>
        node.TryGetProperty("type", out var type) && (type.ValueKind == JsonValueKind.String
            ? type.GetString() == name
            : type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.GetString() == name));
}
