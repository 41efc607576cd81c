using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scp.Sdk.Catalog.Schemas;

/// <summary>Collects the component schemas reachable from imported schemas and rewrites their references.</summary>
internal sealed class SchemaDefinitions(JsonObject components)
{
    private const string ComponentPrefix = "#/components/schemas/";
    private const string DefsPrefix = "#/$defs/";

    private readonly SortedDictionary<string, JsonObject> _defs = new(StringComparer.Ordinal);

    public JsonObject Import(JsonObject schema)
    {
        Rewrite(schema);
        return schema;
    }

    public JsonObject? ResolveRoot(JsonObject schema)
    {
        if (schema["$ref"] is JsonValue reference && reference.GetValueKind() == JsonValueKind.String)
        {
            var name = reference.GetValue<string>()[DefsPrefix.Length..];
            if (_defs.TryGetValue(name, out var target))
            {
                var copy = (JsonObject)target.DeepClone();
                foreach (var (key, value) in schema)
                {
                    if (key != "$ref")
                    {
                        copy[key] = value?.DeepClone();
                    }
                }

                return copy;
            }

            return null;
        }

        return (JsonObject)schema.DeepClone();
    }

    public void AttachTo(JsonObject root)
    {
        if (_defs.Count == 0)
        {
            return;
        }

        var defs = new JsonObject();
        foreach (var (name, schema) in _defs)
        {
            defs[name] = schema.DeepClone();
        }

        root["$defs"] = defs;
    }

    private void Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                {
                    var reference = value.GetValue<string>();
                    var prefix = reference.StartsWith(ComponentPrefix, StringComparison.Ordinal) ? ComponentPrefix
                        : reference.StartsWith(DefsPrefix, StringComparison.Ordinal) ? DefsPrefix : null;
                    if (prefix is not null)
                    {
                        var name = reference[prefix.Length..];
                        obj["$ref"] = DefsPrefix + name;
                        Include(name, reference);
                    }
                }

                foreach (var (_, child) in obj.ToArray())
                {
                    Rewrite(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Rewrite(child);
                }

                break;
        }
    }

    private void Include(string name, string reference)
    {
        if (_defs.ContainsKey(name))
        {
            return;
        }

        if (components[name] is not JsonObject component)
        {
            throw new InvalidOperationException($"Schema reference '{reference}' does not resolve to a component schema.");
        }

        var copy = (JsonObject)component.DeepClone();
        _defs[name] = copy;
        Rewrite(copy);
    }
}
