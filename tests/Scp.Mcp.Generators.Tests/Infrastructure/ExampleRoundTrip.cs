using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Mcp.Generators.Parsing;

namespace Scp.Mcp.Generators.Tests.Infrastructure;

/// <summary>
/// Deserializes every example (responses and request bodies) of a catalogue into its typed model and serializes it
/// back. Works on any assembly holding the generated SDK (the real Scp.Sdk or the compiled fixture) via reflection.
/// </summary>
internal static class ExampleRoundTrip
{
    private const string RefPrefix = "#/components/schemas/";

    public static (int Checked, List<string> Failures) Check(Assembly sdk)
    {
        var operations = (IEnumerable)sdk.GetType("Scp.Sdk.Catalog.ScpCatalog", throwOnError: true)!.GetProperty("Operations")!.GetValue(null)!;
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var operation in operations)
        {
            var api = Get<object>(operation, "Api");
            var ns = "Scp.Sdk." + Naming.ToPascal(Get<string>(api, "Product")) + "." + Naming.ToVersionName(Get<string>(api, "Version"));
            var label = api + " " + Get<string>(operation, "OperationId");
            var examples = ((IEnumerable)Get<object>(operation, "Responses")).Cast<object>()
                .Select(r => (Where: label + " " + Get<int>(r, "StatusCode"), Schema: Get<string?>(r, "SchemaJson"), Example: Get<string?>(r, "ExampleJson")))
                .Append((Where: label + " body", Schema: Get<string?>(operation, "BodySchemaJson"), Example: Get<string?>(operation, "BodyExampleJson")));
            foreach (var (where, schema, example) in examples)
            {
                if (schema is null || example is null || TargetType(sdk, ns, schema) is not { } target)
                {
                    continue;
                }

                checkedCount++;
                var failure = RoundTrip(target.Type, target.IsArray, example);
                if (failure is not null)
                {
                    failures.Add(where + ": " + failure);
                }
            }
        }

        return (checkedCount, failures);
    }

    /// <summary>The generated type of a <c>$ref</c> schema or an array of one; null for inline schemas.</summary>
    private static (Type Type, bool IsArray)? TargetType(Assembly sdk, string ns, string schemaJson)
    {
        var schema = JsonNode.Parse(schemaJson)!.AsObject();
        var isArray = schema["type"]?.GetValueKind() == JsonValueKind.String && (string?)schema["type"] == "array";
        var reference = (string?)(isArray ? schema["items"]?["$ref"] : schema["$ref"]);
        if (reference is null || !reference.StartsWith(RefPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var name = ns + "." + Naming.ToPascal(reference[RefPrefix.Length..]);
        var type = sdk.GetType(name) ?? throw new InvalidOperationException("No generated type " + name + " for " + reference);
        return (type, isArray);
    }

    private static string? RoundTrip(Type type, bool isArray, string example)
    {
        try
        {
            var original = JsonNode.Parse(example);
            var items = isArray ? original!.AsArray().Select(i => i!.ToJsonString()).ToList() : [example];
            var written = new JsonArray();
            foreach (var item in items)
            {
                var value = JsonSerializer.Deserialize(item, type);
                written.Add(JsonNode.Parse(JsonSerializer.Serialize(value, type)));
            }

            var expected = Normalize(isArray ? original : new JsonArray(original!.DeepClone()));
            var actual = Normalize(written);
            return JsonNode.DeepEquals(expected, actual) ? null : "lost data: " + expected!.ToJsonString() + " became " + actual!.ToJsonString();
        }
        catch (JsonException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>
    /// An optional property sent as <c>null</c> is written back as absent; both mean "no value". A numeric string and the
    /// number compare equal: a decimal SCP's docs quote (<c>"usage_gb": "123.4"</c>) is written back as the number.
    /// </summary>
    private static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (value is not null)
                    {
                        copy[key] = Normalize(value);
                    }
                }

                return copy;
            case JsonArray array:
                return new JsonArray(array.Select(Normalize).ToArray());
            case JsonValue text when text.GetValueKind() == JsonValueKind.String
                && decimal.TryParse(text.GetValue<string>(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number):
                return JsonValue.Create(number);
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                return JsonValue.Create(value.GetValue<decimal>());
            default:
                return node?.DeepClone();
        }
    }

    private static T Get<T>(object target, string property) => (T)target.GetType().GetProperty(property)!.GetValue(target)!;
}
