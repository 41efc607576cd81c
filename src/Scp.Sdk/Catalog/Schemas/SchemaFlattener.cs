using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scp.Sdk.Catalog.Schemas;

/// <summary>
/// Rewrites a composed schema into the flat dialect: <c>$ref</c>s into <c>$defs</c> are inlined (a reference
/// cycle is cut to <c>{"type":"object"}</c>), <c>"type": [X, "null"]</c> becomes <c>X</c> (and loses the null of its <c>enum</c>),
/// <c>anyOf [X, {"type":"null"}]</c> becomes <c>X</c>, and <c>additionalProperties</c> and <c>$defs</c> are dropped.
/// </summary>
internal static class SchemaFlattener
{
    public static JsonObject Flatten(JsonObject root)
    {
        var defs = root["$defs"] as JsonObject ?? new JsonObject();
        var result = FlattenObject(root, defs, new HashSet<string>(StringComparer.Ordinal));
        result.Remove("$defs");
        return result;
    }

    private static JsonNode? FlattenNode(JsonNode? node, JsonObject defs, HashSet<string> visiting) => node switch
    {
        JsonObject obj => FlattenObject(obj, defs, visiting),
        JsonArray array => new JsonArray(array.Select(item => FlattenNode(item, defs, visiting)).ToArray()),
        _ => node?.DeepClone(),
    };

    private static JsonObject FlattenObject(JsonObject source, JsonObject defs, HashSet<string> visiting)
    {
        var obj = source;
        string? entered = null;
        if (obj["$ref"] is JsonValue reference && reference.GetValueKind() == JsonValueKind.String)
        {
            var name = reference.GetValue<string>().Split('/')[^1];
            if (visiting.Contains(name) || defs[name] is not JsonObject target)
            {
                var cut = new JsonObject { ["type"] = "object" };
                CopySiblings(obj, cut);
                return cut;
            }

            var merged = (JsonObject)target.DeepClone();
            CopySiblings(obj, merged);
            obj = merged;
            entered = name;
            visiting.Add(name);
        }

        var nonNull = SingleNonNullBranch(obj);
        if (nonNull is not null)
        {
            var merged = (JsonObject)nonNull.DeepClone();
            foreach (var (key, value) in obj)
            {
                if (key != "anyOf" && key != "oneOf" && !merged.ContainsKey(key))
                {
                    merged[key] = value?.DeepClone();
                }
            }

            var flattened = FlattenObject(merged, defs, visiting);
            if (entered is not null)
            {
                visiting.Remove(entered);
            }

            return flattened;
        }

        var result = new JsonObject();
        foreach (var (key, value) in obj)
        {
            switch (key)
            {
                case "$defs" or "additionalProperties":
                    continue;
                case "type" when value is JsonArray types:
                    result[key] = types.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "string";
                    break;
                case "properties" when value is JsonObject properties:
                    var flatProperties = new JsonObject();
                    foreach (var (name, schema) in properties)
                    {
                        flatProperties[name] = FlattenNode(schema, defs, visiting);
                    }

                    result[key] = flatProperties;
                    break;
                case "enum" when value is JsonArray values && obj["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null"):
                    // The null a nullable type added to the enum goes with it.
                    result[key] = new JsonArray(values.Where(v => v is not null).Select(v => v!.DeepClone()).ToArray());
                    break;
                case "enum" or "const" or "example" or "examples" or "default" or "required":
                    result[key] = value?.DeepClone();
                    break;
                default:
                    result[key] = FlattenNode(value, defs, visiting);
                    break;
            }
        }

        if (entered is not null)
        {
            visiting.Remove(entered);
        }

        return result;
    }

    private static JsonObject? SingleNonNullBranch(JsonObject obj)
    {
        var branches = (obj["anyOf"] ?? obj["oneOf"]) as JsonArray;
        if (branches is null || branches.Count != 2)
        {
            return null;
        }

        var nonNull = branches.OfType<JsonObject>().Where(b => !IsNullSchema(b)).ToList();
        return nonNull.Count == 1 && branches.OfType<JsonObject>().Any(IsNullSchema) ? nonNull[0] : null;
    }

    private static bool IsNullSchema(JsonObject schema)
        => schema["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String && type.GetValue<string>() == "null";

    private static void CopySiblings(JsonObject from, JsonObject to)
    {
        foreach (var (key, value) in from)
        {
            if (key != "$ref")
            {
                to[key] = value?.DeepClone();
            }
        }
    }
}
