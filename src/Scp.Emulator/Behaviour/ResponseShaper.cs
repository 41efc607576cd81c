using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Emulator.Schema;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Emulator.Behaviour;

/// <summary>
/// Builds response bodies from a response schema: values come from the emulator's records where a
/// property's name matches (directly, nested, or as <c>&lt;noun&gt;_&lt;field&gt;</c>), then from the docs'
/// example for that response, then from the schema's own example or type default for required fields.
/// </summary>
internal sealed class ResponseShaper(SchemaSet schemas, TimeProvider clock)
{
    public string RequestId { get; init; } = string.Empty;

    public string? ResourceId { get; init; }

    public string? Noun { get; init; }

    public JsonNode? Shape(JsonElement? schema, IReadOnlyList<JsonObject> sources, JsonNode? example, IReadOnlyDictionary<string, JsonNode?>? overrides = null, int depth = 0)
    {
        var resolved = schemas.Resolve(schema, out var nullable);
        if (depth > 12 || resolved is null)
        {
            return example?.DeepClone();
        }

        if (SchemaSet.TypeOf(resolved) != "object" || SchemaSet.Keyword(resolved, "properties") is not { ValueKind: JsonValueKind.Object })
        {
            return example?.DeepClone() ?? Synthesize(schema, depth);
        }

        var properties = SchemaSet.PropertiesOf(resolved).ToList();
        var required = ScpSchemaReader.RequiredNames(resolved);
        var exampleObject = example as JsonObject;
        var result = new JsonObject();
        foreach (var (name, property) in properties)
        {
            JsonNode? exampleValue = null;
            var hasExample = exampleObject?.TryGetPropertyValue(name, out exampleValue) == true;
            if (overrides is not null && overrides.TryGetValue(name, out var forced))
            {
                result[name] = forced?.DeepClone();
            }
            else if (name == "request_id" && RequestId.Length > 0)
            {
                result[name] = RequestId;
            }
            else if (name == "resource_id" && ResourceId is not null)
            {
                result[name] = ResourceId;
            }
            else if (TryLookup(name, sources, out var value))
            {
                result[name] = Fit(property, value, exampleValue, depth);
            }
            else if (LooksLikeResource(property, sources))
            {
                result[name] = Shape(property, sources, exampleValue, null, depth + 1);
            }
            else if (hasExample)
            {
                result[name] = FromExample(property, exampleValue, depth);
            }
            else if (required.Contains(name))
            {
                result[name] = Synthesize(property, depth);
            }
        }

        foreach (var (name, property) in properties)
        {
            if (result.TryGetPropertyValue(name, out var value) && (overrides is null || !overrides.ContainsKey(name)))
            {
                var propertySchema = schemas.Resolve(property, out var propertyNullable);
                var conformed = ValueConformer.Conform(value, propertySchema, propertyNullable);
                if (!ReferenceEquals(conformed, value))
                {
                    result[name] = conformed?.Parent is null ? conformed : conformed.DeepClone();
                }
            }
        }

        return result.Count == 0 && nullable && example is null ? null : result;
    }

    /// <summary>A value for a property nobody tracks: its example, default, first enum value, or a type default.</summary>
    public JsonNode? Synthesize(JsonElement? schema, int depth = 0)
    {
        var resolved = schemas.Resolve(schema, out var nullable);
        if (resolved is null)
        {
            return null;
        }

        if (SchemaSet.Keyword(schema, "example") is { } outerExample)
        {
            return SchemaSet.ToNode(outerExample);
        }

        if (SchemaSet.Keyword(resolved, "example") is { } example)
        {
            return SchemaSet.ToNode(example);
        }

        if (SchemaSet.Keyword(resolved, "default") is { } fallback)
        {
            return SchemaSet.ToNode(fallback);
        }

        if (SchemaSet.Keyword(resolved, "enum") is { ValueKind: JsonValueKind.Array } options && options.GetArrayLength() > 0)
        {
            return SchemaSet.ToNode(options[0]);
        }

        if (nullable)
        {
            return null;
        }

        return SchemaSet.TypeOf(resolved) switch
        {
            "string" when ScpSchemaReader.Text(resolved, "format") == "date-time" => clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            "string" => string.Empty,
            "integer" => 0,
            "number" => 0,
            "boolean" => false,
            "array" => new JsonArray(),
            "object" => Shape(resolved, [], null, null, depth + 1),
            _ => null,
        };
    }

    /// <summary>An example value, completed and typed by its schema (objects get their required fields, items are shaped).</summary>
    private JsonNode? FromExample(JsonElement? schema, JsonNode? example, int depth)
    {
        var resolved = schemas.Resolve(schema, out var nullable);
        var type = SchemaSet.TypeOf(resolved);
        if (type == "object" && SchemaSet.Keyword(resolved, "properties") is { ValueKind: JsonValueKind.Object } && (example is JsonObject || !nullable))
        {
            return Shape(resolved, [], example as JsonObject, null, depth + 1);
        }

        if (type == "array" && example is JsonArray items)
        {
            var shaped = new JsonArray();
            foreach (var item in items)
            {
                shaped.Add(FromExample(SchemaSet.Keyword(resolved, "items"), item, depth + 1));
            }

            return shaped;
        }

        return ValueConformer.Conform(example?.DeepClone(), resolved, nullable);
    }

    private JsonNode? Fit(JsonElement? schema, JsonNode? value, JsonNode? example, int depth)
    {
        var resolved = schemas.Resolve(schema);
        var type = SchemaSet.TypeOf(resolved);
        if (value is JsonObject obj && type == "object" && SchemaSet.Keyword(resolved, "properties") is { ValueKind: JsonValueKind.Object })
        {
            return Shape(resolved, [obj], example, null, depth + 1);
        }

        var itemsSchema = SchemaSet.Keyword(resolved, "items");
        if (value is JsonArray array && type == "array" && SchemaSet.TypeOf(schemas.Resolve(itemsSchema)) == "object")
        {
            var items = new JsonArray();
            var itemExample = (example as JsonArray)?.FirstOrDefault();
            foreach (var item in array)
            {
                items.Add(item is JsonObject o ? Shape(itemsSchema, [o], itemExample, null, depth + 1) : item?.DeepClone());
            }

            return items;
        }

        return value?.DeepClone();
    }

    private bool TryLookup(string name, IReadOnlyList<JsonObject> sources, out JsonNode? value)
    {
        foreach (var source in sources)
        {
            if (source.TryGetPropertyValue(name, out value))
            {
                return true;
            }
        }

        if (Noun is not null && name.Length > Noun.Length + 1 && name.StartsWith(Noun + "_", StringComparison.Ordinal))
        {
            var shortName = name[(Noun.Length + 1)..];
            foreach (var source in sources)
            {
                if (source.TryGetPropertyValue(shortName, out value))
                {
                    return true;
                }
            }
        }

        foreach (var source in sources)
        {
            if (ApiModel.TryFindDeep(source, name, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    private bool LooksLikeResource(JsonElement? schema, IReadOnlyList<JsonObject> sources)
    {
        var resolved = schemas.Resolve(schema);
        if (sources.Count == 0 || SchemaSet.TypeOf(resolved) != "object")
        {
            return false;
        }

        var names = SchemaSet.PropertiesOf(resolved).Select(p => p.Key).ToList();
        var matches = names.Count(n => sources.Any(s => s.ContainsKey(n)));
        return (names.Contains("id") && sources.Any(s => s.ContainsKey("id"))) || matches >= 2;
    }
}
