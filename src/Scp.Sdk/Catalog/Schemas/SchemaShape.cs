using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Scp.Sdk.Catalog.Schemas;

/// <summary>Describes a schema in a few words for error messages ("integer ≥ 1", "one of "SSD", "HDD"").</summary>
internal static class SchemaShape
{
    public static string Describe(JsonElement schema, JsonElement root, int depth = 0)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return "any value";
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return "nothing (no value is allowed)";
        }

        if (schema.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String)
        {
            var name = reference.GetString()!.Split('/')[^1];
            var target = ScpSchemaReader.ResolveReference(reference.GetString()!, root);
            return target is { } t && depth < 2 ? $"{name}: {Describe(t, root, depth + 1)}" : name;
        }

        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            return "one of " + string.Join(", ", values.EnumerateArray().Select(v => v.GetRawText()));
        }

        if (schema.TryGetProperty("const", out var constant))
        {
            return "exactly " + constant.GetRawText();
        }

        foreach (var keyword in new[] { "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(keyword, out var branches) && branches.ValueKind == JsonValueKind.Array)
            {
                return string.Join(" or ", branches.EnumerateArray().Select(b => Describe(b, root, depth + 1)));
            }
        }

        var type = ScpSchemaReader.TypeNames(schema);
        var text = new StringBuilder(type.Count == 0 ? "any value" : string.Join(" or ", type));
        if (type.Contains("array") && schema.TryGetProperty("items", out var items))
        {
            text.Append(" of ").Append(depth < 2 ? Describe(items, root, depth + 1) : "items");
        }

        if ((type.Contains("object") || type.Count == 0) && schema.TryGetProperty("properties", out var properties)
            && properties.ValueKind == JsonValueKind.Object)
        {
            var required = ScpSchemaReader.RequiredNames(schema);
            var names = properties.EnumerateObject().Select(p => required.Contains(p.Name) ? p.Name : p.Name + "?").ToList();
            text.Append(" {").Append(string.Join(", ", names.Take(12))).Append(names.Count > 12 ? ", …}" : "}");
        }

        AppendConstraints(schema, text);
        return text.ToString();
    }

    private static void AppendConstraints(JsonElement schema, StringBuilder text)
    {
        if (schema.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String)
        {
            text.Append(" (").Append(format.GetString()).Append(')');
        }

        if (schema.TryGetProperty("pattern", out var pattern) && pattern.ValueKind == JsonValueKind.String)
        {
            text.Append(" matching ").Append(pattern.GetString());
        }

        var min = ScpSchemaReader.Number(schema, "minLength");
        var max = ScpSchemaReader.Number(schema, "maxLength");
        if (min is not null || max is not null)
        {
            text.Append(", ").Append(Range(min, max)).Append(" characters");
        }

        var minItems = ScpSchemaReader.Number(schema, "minItems");
        var maxItems = ScpSchemaReader.Number(schema, "maxItems");
        if (minItems is not null || maxItems is not null)
        {
            text.Append(", ").Append(Range(minItems, maxItems)).Append(" items");
        }

        if (ScpSchemaReader.Number(schema, "minimum") is { } minimum)
        {
            text.Append(" ≥ ").Append(minimum.ToString(CultureInfo.InvariantCulture));
        }

        if (ScpSchemaReader.Number(schema, "exclusiveMinimum") is { } exclusiveMinimum)
        {
            text.Append(" > ").Append(exclusiveMinimum.ToString(CultureInfo.InvariantCulture));
        }

        if (ScpSchemaReader.Number(schema, "maximum") is { } maximum)
        {
            text.Append(" ≤ ").Append(maximum.ToString(CultureInfo.InvariantCulture));
        }

        if (ScpSchemaReader.Number(schema, "exclusiveMaximum") is { } exclusiveMaximum)
        {
            text.Append(" < ").Append(exclusiveMaximum.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string Range(decimal? min, decimal? max) => (min, max) switch
    {
        ({ } a, { } b) when a == b => a.ToString(CultureInfo.InvariantCulture),
        ({ } a, { } b) => $"{a.ToString(CultureInfo.InvariantCulture)} to {b.ToString(CultureInfo.InvariantCulture)}",
        ({ } a, null) => $"at least {a.ToString(CultureInfo.InvariantCulture)}",
        (null, { } b) => $"at most {b.ToString(CultureInfo.InvariantCulture)}",
        _ => string.Empty,
    };
}
