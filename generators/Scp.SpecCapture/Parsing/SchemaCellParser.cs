using System.Text.RegularExpressions;
using Scp.SpecCapture.Model;

namespace Scp.SpecCapture.Parsing;

/// <summary>
/// Parses a schema cell: <c>string</c>, <c>string (date-time)</c>, <c>array[X]</c>, <c>enum (A, B)</c>,
/// <c>any of [X, null]</c> or a model name of the same service. Anything else (an example value that
/// slid into the schema column, a piece of a split description) is not a schema: the result is null.
/// </summary>
public static partial class SchemaCellParser
{
    private static readonly HashSet<string> Primitives = new(StringComparer.Ordinal) { "string", "integer", "number", "boolean", "object" };

    /// <summary>Parses <paramref name="cell"/>; null when it is not a schema expression.</summary>
    public static SchemaType? Parse(string cell, IReadOnlySet<string> modelNames)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(modelNames);
        return ParseInner(cell.Trim(), modelNames, allowNull: false);
    }

    private static SchemaType? ParseInner(string text, IReadOnlySet<string> modelNames, bool allowNull)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (text.StartsWith("any of [", StringComparison.Ordinal) && text.EndsWith(']'))
        {
            var parts = SplitTopLevel(text["any of [".Length..^1]);
            var options = new List<SchemaType>();
            foreach (var part in parts)
            {
                var option = ParseInner(part.Trim(), modelNames, allowNull: true);
                if (option is null)
                {
                    return null;
                }

                options.Add(option);
            }

            return options.Count >= 2 ? new SchemaType(SchemaKind.AnyOf, Options: options) : null;
        }

        if (text.StartsWith("array[", StringComparison.Ordinal) && text.EndsWith(']'))
        {
            var item = ParseInner(text["array[".Length..^1].Trim(), modelNames, allowNull: false);
            return item is null ? null : new SchemaType(SchemaKind.Array, Item: item);
        }

        if (text.StartsWith("enum (", StringComparison.Ordinal) && text.EndsWith(')'))
        {
            var values = text["enum (".Length..^1].Split(',').Select(v => v.Trim()).ToList();
            return values.Any(v => v.Length == 0) ? null : new SchemaType(SchemaKind.Enum, Values: values);
        }

        if (allowNull && text == "null")
        {
            return new SchemaType(SchemaKind.Null);
        }

        var primitive = PrimitivePattern().Match(text);
        if (primitive.Success && Primitives.Contains(primitive.Groups["type"].Value))
        {
            var format = primitive.Groups["format"].Success ? primitive.Groups["format"].Value : null;
            return new SchemaType(SchemaKind.Primitive, Name: primitive.Groups["type"].Value, Format: format);
        }

        return modelNames.Contains(text) ? new SchemaType(SchemaKind.Reference, Name: text) : null;
    }

    /// <summary>Splits on commas that are not inside brackets or parentheses.</summary>
    private static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[' or '(':
                    depth++;
                    break;
                case ']' or ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(text[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    [GeneratedRegex(@"^(?<type>[a-z]+)(?: \((?<format>[A-Za-z0-9-]+)\))?$")]
    private static partial Regex PrimitivePattern();
}
