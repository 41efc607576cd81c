using System.Globalization;
using System.Text.Json;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Sdk.Catalog;

/// <summary>Array, string and number keywords.</summary>
public static partial class ScpArgumentValidator
{
    private static void CheckArray(JsonElement value, JsonElement schema, JsonElement root, string path, List<ScpValidationError> errors, int depth, bool closed)
    {
        var count = value.GetArrayLength();
        var minItems = ScpSchemaReader.Number(schema, "minItems");
        var maxItems = ScpSchemaReader.Number(schema, "maxItems");
        if ((minItems is { } min && count < min) || (maxItems is { } max && count > max))
        {
            errors.Add(new(path, $"has {count} items", SchemaShape.Describe(schema, root)));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, root, $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]", errors, depth + 1, closed);
                index++;
            }
        }
    }

    private static void CheckString(string text, JsonElement schema, JsonElement root, string path, List<ScpValidationError> errors)
    {
        var length = new StringInfo(text).LengthInTextElements;
        if ((ScpSchemaReader.Number(schema, "minLength") is { } min && length < min)
            || (ScpSchemaReader.Number(schema, "maxLength") is { } max && length > max))
        {
            errors.Add(new(path, $"has {length} characters", SchemaShape.Describe(schema, root)));
            return;
        }

        if (schema.TryGetProperty("pattern", out var pattern) && pattern.ValueKind == JsonValueKind.String
            && GetRegex(pattern.GetString()!) is { } regex && !Matches(regex, text))
        {
            errors.Add(new(path, $"{Preview(text)} does not match the pattern", SchemaShape.Describe(schema, root)));
        }
    }

    private static void CheckNumber(JsonElement value, JsonElement schema, JsonElement root, string path, List<ScpValidationError> errors)
    {
        if (!value.TryGetDecimal(out var number))
        {
            return;
        }

        var tooSmall = (ScpSchemaReader.Number(schema, "minimum") is { } min && number < min)
            || (ScpSchemaReader.Number(schema, "exclusiveMinimum") is { } emin && number <= emin);
        var tooLarge = (ScpSchemaReader.Number(schema, "maximum") is { } max && number > max)
            || (ScpSchemaReader.Number(schema, "exclusiveMaximum") is { } emax && number >= emax);
        if (tooSmall || tooLarge)
        {
            errors.Add(new(path, $"{value.GetRawText()} is out of range", SchemaShape.Describe(schema, root)));
        }
    }
}
