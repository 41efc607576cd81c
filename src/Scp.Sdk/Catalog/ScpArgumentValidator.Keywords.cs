using System.Globalization;
using System.Text.Json;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Sdk.Catalog;

/// <summary>Array, string and number keywords, and the path of the value being checked.</summary>
public static partial class ScpArgumentValidator
{
    private static void CheckArray(JsonElement value, JsonElement schema, Walk walk, List<ScpValidationError> errors, int depth)
    {
        var count = value.GetArrayLength();
        var minItems = ScpSchemaReader.Number(schema, "minItems");
        var maxItems = ScpSchemaReader.Number(schema, "maxItems");
        if ((minItems is { } min && count < min) || (maxItems is { } max && count > max))
        {
            errors.Add(new(walk.Path(), $"has {count} items", SchemaShape.Describe(schema, walk.Root)));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                walk.Push(index);
                Check(item, items, walk, errors, depth + 1);
                walk.Pop();
                index++;
            }
        }
    }

    private static void CheckString(JsonElement value, JsonElement schema, Walk walk, List<ScpValidationError> errors)
    {
        var minLength = ScpSchemaReader.Number(schema, "minLength");
        var maxLength = ScpSchemaReader.Number(schema, "maxLength");
        var hasPattern = schema.TryGetProperty("pattern", out var pattern) && pattern.ValueKind == JsonValueKind.String;
        if (minLength is null && maxLength is null && !hasPattern)
        {
            return; // most strings of an answer: nothing to check, so the text is not read out
        }

        var text = value.GetString()!;
        var length = new StringInfo(text).LengthInTextElements;
        if ((minLength is { } min && length < min) || (maxLength is { } max && length > max))
        {
            errors.Add(new(walk.Path(), $"has {length} characters", SchemaShape.Describe(schema, walk.Root)));
            return;
        }

        if (hasPattern && GetRegex(pattern.GetString()!) is { } regex && !Matches(regex, text))
        {
            errors.Add(new(walk.Path(), $"{Preview(text)} does not match the pattern", SchemaShape.Describe(schema, walk.Root)));
        }
    }

    private static void CheckNumber(JsonElement value, JsonElement schema, Walk walk, List<ScpValidationError> errors)
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
            errors.Add(new(walk.Path(), $"{value.GetRawText()} is out of range", SchemaShape.Describe(schema, walk.Root)));
        }
    }

    /// <summary>
    /// One validation's fixed inputs and the path of the value being checked, kept as a stack of segments (an object
    /// property or an array index) and written out as <c>a.b[2].c</c> only when an error needs it.
    /// </summary>
    private sealed class Walk(JsonElement root, string rootPath, bool closed)
    {
        private readonly List<(JsonProperty Property, int Index)> _segments = [];

        public JsonElement Root { get; } = root;

        public bool Closed { get; } = closed;

        public void Push(JsonProperty property) => _segments.Add((property, -1));

        public void Push(int index) => _segments.Add((default, index));

        public void Pop() => _segments.RemoveAt(_segments.Count - 1);

        public string Path()
        {
            var path = rootPath;
            foreach (var (property, index) in _segments)
            {
                path = index >= 0 ? $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]" : Join(path, property.Name);
            }

            return path;
        }
    }
}
