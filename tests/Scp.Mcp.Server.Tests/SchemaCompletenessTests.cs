using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scp.Mcp.Tests.Common;
using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Mcp.Server.Tests;

/// <summary>
/// The compact, English input schemas lose nothing of the spec: for every current tool, every parameter and body field,
/// and every type, enum, const, pattern, format, bound, default and required flag the captured spec states (through its
/// <c>$ref</c>s) is still in the published input schema, at the same place.
/// </summary>
public sealed class SchemaCompletenessTests
{
    private static readonly string[] Kept =
    [
        "type", "enum", "const", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "multipleOf", "default", "required", "deprecated",
    ];

    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData(ScpSchemaDialect.Default)]
    [InlineData(ScpSchemaDialect.Flat)]
    public void InputSchemas_EveryCurrentTool_KeepEveryFactOfTheSpec(ScpSchemaDialect dialect)
    {
        var specs = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var missing = new List<string>();
        var checkedFacts = 0;
        foreach (var operation in ScpCatalog.Operations.Where(o => o.IsCurrent && !o.Hidden))
        {
            if (!specs.TryGetValue(operation.Api.SpecPath, out var spec))
            {
                spec = specs[operation.Api.SpecPath] = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, operation.Api.SpecPath))).RootElement.Clone();
            }

            var expected = SpecFacts(spec, operation);
            var published = PublishedFacts(ScpSchemaComposer.GetInputSchema(operation, dialect), dialect);
            if (dialect == ScpSchemaDialect.Flat)
            {
                expected.RemoveWhere(f => f.EndsWith(" nullable", StringComparison.Ordinal)); // the flat dialect drops null by design
            }

            checkedFacts += expected.Count;
            missing.AddRange(expected.Where(f => !published.Contains(f)).Select(f => $"{operation.ToolName}: {f}"));
        }

        Assert.True(checkedFacts > 1500, $"only {checkedFacts} facts checked");
        Assert.Empty(missing);
    }

    [Fact]
    public void PublishedFacts_SchemaMissingAnEnumValue_IsCaught()
    {
        // The comparison itself can fail: a pattern dropped from a field is a missing fact.
        var spec = JsonDocument.Parse("""{"type":"object","properties":{"a":{"type":"string","pattern":"^x$"}}}""").RootElement;
        var published = JsonDocument.Parse("""{"type":"object","properties":{"body":{"type":"object","properties":{"a":{"type":"string"}}}}}""").RootElement;
        var facts = new HashSet<string>(StringComparer.Ordinal);
        Walk(spec, "body", spec, facts, [], specRefs: true);

        Assert.Contains(facts, f => !PublishedFacts(published, ScpSchemaDialect.Default).Contains(f));
    }

    private static HashSet<string> SpecFacts(JsonElement spec, ScpOperationDescriptor operation)
    {
        var facts = new HashSet<string>(StringComparer.Ordinal);
        var item = spec.GetProperty("paths").GetProperty(operation.PathTemplate);
        var definition = item.GetProperty(operation.Method.ToLowerInvariant());
        foreach (var source in new[] { item, definition })
        {
            if (!source.TryGetProperty("parameters", out var parameters))
            {
                continue;
            }

            foreach (var parameter in parameters.EnumerateArray())
            {
                var name = parameter.GetProperty("name").GetString()!;
                facts.Add($"{name} exists");
                if (parameter.TryGetProperty("required", out var required) && required.GetBoolean())
                {
                    facts.Add($"{name} required");
                }

                if (parameter.TryGetProperty("schema", out var schema))
                {
                    Walk(schema, name, spec, facts, [], specRefs: true);
                }
            }
        }

        if (definition.TryGetProperty("requestBody", out var body))
        {
            facts.Add("body exists");
            if (body.TryGetProperty("required", out var required) && required.GetBoolean())
            {
                facts.Add("body required");
            }

            Walk(body.GetProperty("content").GetProperty("application/json").GetProperty("schema"), "body", spec, facts, [], specRefs: true);
        }

        return facts;
    }

    private static HashSet<string> PublishedFacts(JsonElement input, ScpSchemaDialect dialect)
    {
        var facts = new HashSet<string>(StringComparer.Ordinal);
        var required = input.TryGetProperty("required", out var list) ? list.EnumerateArray().Select(e => e.GetString()).ToHashSet() : [];
        foreach (var property in input.GetProperty("properties").EnumerateObject())
        {
            facts.Add($"{property.Name} exists");
            if (required.Contains(property.Name))
            {
                facts.Add($"{property.Name} required");
            }

            Walk(property.Value, property.Name, input, facts, [], specRefs: false);
        }

        return facts;
    }

    /// <summary>Facts of one schema at <paramref name="path"/>: its kept keywords, its properties, items and branches, through <c>$ref</c>s.</summary>
    private static void Walk(JsonElement schema, string path, JsonElement root, HashSet<string> facts, HashSet<string> refs, bool specRefs)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var keyword in Kept)
        {
            if (schema.TryGetProperty(keyword, out var value) && !(keyword == "required" && value.ValueKind != JsonValueKind.Array))
            {
                var isNullable = schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.GetString() == "null");
                facts.Add($"{path} {keyword}={Canonical(keyword, value, isNullable)}");
                if (keyword == "type" && isNullable)
                {
                    facts.Add($"{path} nullable");
                }
            }
        }

        if (schema.TryGetProperty("$ref", out var reference) && reference.GetString() is { } text && refs.Add(text))
        {
            var name = text[(text.LastIndexOf('/') + 1)..];
            var target = specRefs ? root.GetProperty("components").GetProperty("schemas").GetProperty(name) : Defs(root, name);
            Walk(target, path, root, facts, refs, specRefs);
            refs.Remove(text);
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                facts.Add($"{path}.{property.Name} exists");
                Walk(property.Value, path + "." + property.Name, root, facts, refs, specRefs);
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            Walk(items, path + "[]", root, facts, refs, specRefs);
        }

        if (schema.TryGetProperty("anyOf", out var nullable) && nullable.GetArrayLength() == 2
            && nullable.EnumerateArray().Count(b => b.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null") == 1)
        {
            // anyOf [X, null] is a nullable X (the flat dialect writes X): X's facts at this path, plus the nullable fact.
            facts.Add($"{path} nullable");
            Walk(nullable.EnumerateArray().First(b => !(b.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null")), path, root, facts, refs, specRefs);
        }

        foreach (var branches in new[] { "allOf", "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(branches, out var list) && !(branches == "anyOf" && facts.Contains($"{path} nullable") && list.GetArrayLength() == 2))
            {
                var index = 0;
                foreach (var branch in list.EnumerateArray())
                {
                    Walk(branch, $"{path}/{branches}/{index++}", root, facts, refs, specRefs);
                }
            }
        }
    }

    private static JsonElement Defs(JsonElement root, string name) =>
        root.TryGetProperty("$defs", out var defs) && defs.TryGetProperty(name, out var schema) ? schema : default;

    /// <param name="nullable">The schema's type includes null: a null in its enum is that fact again (anyOf [X, null] is written as X with null added to its type and enum).</param>
    private static string Canonical(string keyword, JsonElement value, bool nullable = false)
    {
        if (keyword == "enum" && nullable && value.ValueKind == JsonValueKind.Array)
        {
            return "[" + string.Join(",", value.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).Select(v => Canonical("const", v))) + "]";
        }

        if (keyword == "type")
        {
            // ["string","null"] is "string" plus the nullable fact; a one-type array is that type.
            var types = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(e => e.GetString()!) : [value.GetString()!];
            return string.Join(",", types.Where(t => t != "null").Order(StringComparer.Ordinal));
        }

        if (keyword == "required" && value.ValueKind == JsonValueKind.Array)
        {
            return string.Join(",", value.EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Relaxed))
        {
            value.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
