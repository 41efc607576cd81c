using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>
/// Valid arguments for any tool, built from its input schema — never by hand per tool: a path parameter takes the id
/// of a resource created (or listed) earlier in the run (else its example); every other required value is the docs' example, the
/// default, the first enum value, or the smallest value of its type within its constraints. The published input schema is
/// compact (no examples), so the docs' examples are read from the spec's own schema at the same place (the parameter's
/// schema, the body schema with the product's components), walked beside it. The result is checked with the server's own
/// validator, so a call is only made with arguments the server accepts.
/// </summary>
public static class ArgumentFactory
{
    /// <summary>Arguments for <paramref name="operation"/>, or the validation errors that remain.</summary>
    public static (JsonObject? Arguments, string? Problem) Build(ScpOperationDescriptor operation, Func<ScpParameterDescriptor, string?> pathId, string unique)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(pathId);
        var input = ScpSchemaComposer.GetInputSchema(operation);
        var spec = JsonElement.Parse("{\"components\":{\"schemas\":" + operation.Api.ComponentsJson + "}}");
        var arguments = new JsonObject();
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Location == ScpParameterLocation.Path)
            {
                // A resource the run created or listed; else (a resource SCP has but nothing here creates, e.g. a cluster) the docs' example.
                arguments[parameter.Name] = pathId(parameter) is { } id
                    ? id
                    : Value(input.GetProperty("properties").GetProperty(parameter.Name), input, JsonElement.Parse(parameter.SchemaJson), spec, unique, 0);
            }
            else if (parameter.Required)
            {
                arguments[parameter.Name] = Value(input.GetProperty("properties").GetProperty(parameter.Name), input, JsonElement.Parse(parameter.SchemaJson), spec, unique, 0);
            }
        }

        if (operation.BodySchemaJson is not null && input.GetProperty("properties").TryGetProperty(ScpSchemaComposer.BodyPropertyName, out var body))
        {
            arguments[ScpSchemaComposer.BodyPropertyName] = Value(body, input, JsonElement.Parse(operation.BodySchemaJson), spec, unique, 0);
        }

        var errors = ScpArgumentValidator.Validate(JsonElement.Parse(arguments.ToJsonString()), input, closedObjects: true);
        return errors.Count == 0 ? (arguments, null) : (null, string.Join("; ", errors));
    }

    // schema/root: the published input schema; spec/specRoot: the spec's own schema at the same place (with the docs' examples).
    private static JsonNode? Value(JsonElement schema, JsonElement root, JsonElement? spec, JsonElement specRoot, string unique, int depth)
    {
        var resolved = ScpSchemaReader.Resolve(schema, root, out _) ?? schema;
        var specResolved = ScpSchemaReader.Resolve(spec, specRoot, out _);
        foreach (var keyword in new[] { "example", "default" })
        {
            var source = ScpSchemaReader.Keyword(schema, keyword) ?? ScpSchemaReader.Keyword(resolved, keyword)
                ?? ScpSchemaReader.Keyword(spec, keyword) ?? ScpSchemaReader.Keyword(specResolved, keyword);
            if (source is { } found && ScpArgumentValidator.IsValid(found, resolved, root))
            {
                return Unique(JsonNode.Parse(found.GetRawText()), resolved, unique);
            }
        }

        foreach (var holder in new[] { resolved, specResolved })
        {
            if (ScpSchemaReader.Keyword(holder, "examples") is { ValueKind: JsonValueKind.Array } examples)
            {
                foreach (var candidate in examples.EnumerateArray().Where(e => ScpArgumentValidator.IsValid(e, resolved, root)))
                {
                    return Unique(JsonNode.Parse(candidate.GetRawText()), resolved, unique);
                }
            }
        }

        if (ScpSchemaReader.Keyword(resolved, "enum") is { ValueKind: JsonValueKind.Array } options && options.GetArrayLength() > 0)
        {
            return JsonNode.Parse(options[0].GetRawText());
        }

        if (depth > 10)
        {
            return null;
        }

        var minimum = ScpSchemaReader.Number(resolved, "minimum") ?? ScpSchemaReader.Number(resolved, "exclusiveMinimum") + 1;
        switch (ScpSchemaReader.MainType(resolved))
        {
            case "object":
                var obj = new JsonObject();
                var required = ScpSchemaReader.RequiredNames(resolved);
                var specProperties = ScpSchemaReader.Properties(specResolved).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                foreach (var (name, property) in ScpSchemaReader.Properties(resolved))
                {
                    if (required.Contains(name))
                    {
                        obj[name] = Value(property, root, specProperties.TryGetValue(name, out var specProperty) ? specProperty : (JsonElement?)null, specRoot, unique, depth + 1);
                    }
                }

                return obj;
            case "array":
                var items = new JsonArray();
                var count = (int)(ScpSchemaReader.Number(resolved, "minItems") ?? 0);
                for (var i = 0; i < Math.Max(count, 1) && ScpSchemaReader.Keyword(resolved, "items") is { } itemSchema; i++)
                {
                    items.Add(Value(itemSchema, root, ScpSchemaReader.Keyword(specResolved, "items"), specRoot, unique + i, depth + 1));
                }

                return items;
            case "integer" or "number":
                return JsonValue.Create(minimum ?? 1);
            case "boolean":
                return JsonValue.Create(false);
            default:
                var min = (int)(ScpSchemaReader.Number(resolved, "minLength") ?? 1);
                var max = (int)(ScpSchemaReader.Number(resolved, "maxLength") ?? 40);
                var text = ("e2e" + unique).ToLowerInvariant();
                return JsonValue.Create(text.Length > max ? text[..max] : text.PadRight(min, 'x'));
        }
    }

    /// <summary>An example that names something (a string with a length limit, e.g. a volume name) gets a unique suffix, so repeated creates don't collide.</summary>
    private static JsonNode? Unique(JsonNode? example, JsonElement schema, string unique)
    {
        if (example is JsonValue value && value.GetValueKind() == JsonValueKind.String && ScpSchemaReader.Keyword(schema, "pattern") is { } pattern
            && ScpSchemaReader.Number(schema, "maxLength") is { } max)
        {
            var text = value.GetValue<string>();
            var candidate = (text + unique)[..Math.Min(text.Length + unique.Length, (int)max)];
            var schemaWithPattern = JsonElement.Parse($$"""{"type":"string","pattern":{{pattern.GetRawText()}},"maxLength":{{max}}}""");
            return ScpArgumentValidator.IsValid(JsonElement.Parse(JsonValue.Create(candidate).ToJsonString()), schemaWithPattern) ? candidate : example;
        }

        return example;
    }
}
