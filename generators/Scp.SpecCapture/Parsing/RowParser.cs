using System.Globalization;
using System.Text.RegularExpressions;
using Scp.SpecCapture.Model;

namespace Scp.SpecCapture.Parsing;

/// <summary>
/// Interprets parameter rows (<c>| Type | Name | Description | Schema | Default |</c>) and model field rows
/// (<c>| Name | Description | Schema | Default |</c>) whose cells may have been split by a <c>|</c> inside the
/// description (regex alternations, example values like <c>A | B</c>), may lack trailing cells, or may carry no
/// schema at all. The schema cell is found by grammar, not by position.
/// </summary>
public static partial class RowParser
{
    /// <summary>Parses a parameter row.</summary>
    public static FieldDoc ParseParameterRow(RawRow row, IReadOnlySet<string> modelNames, Func<int, string, Exception> error)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(error);
        if (row.Cells.Count < 3)
        {
            throw error(row.Line, $"expected a parameter row '| Type | Name | Description | Schema | Default |', found {row.Cells.Count} cells");
        }

        var location = LocationPattern().Match(row.Cells[0].Trim());
        if (!location.Success)
        {
            throw error(row.Line, $"expected the parameter location 'path', 'query', 'header' or 'body' in the Type cell, found '{row.Cells[0].Trim()}'");
        }

        var typeFlag = location.Groups["flag"].Success ? location.Groups["flag"].Value : null;
        var loc = location.Groups["loc"].Value;
        var nameCell = row.Cells[1].Trim();
        if (typeFlag is not null && !NamePattern().IsMatch(nameCell))
        {
            // "| path required | | ... |" or "| path required | <description> | ... |": the name cell is empty or gone.
            // The name is resolved from the path template by the caller (Name is empty).
            var rest = row.Cells.Skip(nameCell.Length == 0 ? 2 : 1).ToList();
            var nameless = ParseRest(row, loc, string.Empty, typeFlag == "required", rest, modelNames, error);
            return nameless with { Oddity = $"the Type cell reads '{loc} {typeFlag}' and the row has no parameter name" };
        }

        var (name, required, oddity) = ParseNameCell(row, row.Cells[1], typeFlag, error);
        return ParseRest(row, loc, name, required, row.Cells.Skip(2).ToList(), modelNames, error) with { Oddity = oddity };
    }

    /// <summary>Parses a model field row.</summary>
    public static FieldDoc ParseFieldRow(RawRow row, IReadOnlySet<string> modelNames, Func<int, string, Exception> error)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(error);
        if (row.Cells.Count < 2)
        {
            throw error(row.Line, $"expected a field row '| Name | Description | Schema | Default |', found {row.Cells.Count} cell(s)");
        }

        var (name, required, _) = ParseNameCell(row, row.Cells[0], null, error);
        return ParseRest(row, null, name, required, row.Cells.Skip(1).ToList(), modelNames, error);
    }

    /// <summary>
    /// Index of the schema cell among the cells after the name: the right-most cell that parses as a schema and is
    /// followed by at most one non-empty cell (the default). -1 when no cell parses as a schema.
    /// </summary>
    public static int LocateSchemaCell(IReadOnlyList<string> cells, IReadOnlySet<string> modelNames)
    {
        ArgumentNullException.ThrowIfNull(cells);
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            var nonEmptyAfter = cells.Skip(i + 1).Count(c => c.Trim().Length > 0);
            var defaultIsNext = nonEmptyAfter == 0 || (nonEmptyAfter == 1 && cells[i + 1].Trim().Length > 0);
            if (defaultIsNext && SchemaCellParser.Parse(cells[i], modelNames) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Infers a primitive type from an example value, for rows that have no schema cell.</summary>
    public static string InferType(string? example)
    {
        if (example is null)
        {
            return "string";
        }

        if (example is "True" or "False" or "true" or "false")
        {
            return "boolean";
        }

        return long.TryParse(example, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? "integer" : "string";
    }

    private static FieldDoc ParseRest(
        RawRow row,
        string? location,
        string name,
        bool required,
        List<string> rest,
        IReadOnlySet<string> modelNames,
        Func<int, string, Exception> error)
    {
        var schemaIndex = LocateSchemaCell(rest, modelNames);
        if (schemaIndex < 0)
        {
            if (location == "body")
            {
                throw error(row.Line, "expected the body row's Schema cell to name a model of this service");
            }

            // No cell holds a type: the whole remainder is the (pipe-split) description; the type comes from its example.
            var parts = DescriptionParser.Parse(string.Join('|', rest));
            return new FieldDoc(row.Line, location, name, required, parts, null, null, InferType(parts.Example));
        }

        var description = DescriptionParser.Parse(string.Join('|', rest.Take(schemaIndex)));
        var schema = SchemaCellParser.Parse(rest[schemaIndex], modelNames);
        var defaultCell = rest.Skip(schemaIndex + 1).Select(c => c.Trim()).FirstOrDefault(c => c.Length > 0);
        var defaultValue = defaultCell is null or "None" ? null : defaultCell;
        return new FieldDoc(row.Line, location, name, required, description, schema, defaultValue);
    }

    private static (string Name, bool Required, string? Oddity) ParseNameCell(RawRow row, string cell, string? typeFlag, Func<int, string, Exception> error)
    {
        var match = NamePattern().Match(cell.Trim());
        if (!match.Success)
        {
            throw error(row.Line, $"expected a name followed by 'required' or 'optional' in the Name cell, found '{cell.Trim()}'");
        }

        var name = match.Groups["name"].Value;
        var nameFlag = match.Groups["flag"].Success ? match.Groups["flag"].Value : null;
        if (nameFlag is null && typeFlag is null)
        {
            throw error(row.Line, $"expected 'required' or 'optional' after the name '{name}'");
        }

        // The Name cell is where the docs put the flag in every other row, so it wins over a flag in the Type cell.
        var oddity = typeFlag is null ? null
            : nameFlag is null ? $"the required flag of '{name}' is in the Type cell ('{typeFlag}')"
            : nameFlag != typeFlag ? $"the Type cell says '{typeFlag}' but the Name cell says '{nameFlag}' for '{name}'; the Name cell wins"
            : null;
        return (name, (nameFlag ?? typeFlag) == "required", oddity);
    }

    [GeneratedRegex(@"^(?<loc>path|query|header|body)(?:\s+(?<flag>required|optional))?$")]
    private static partial Regex LocationPattern();

    [GeneratedRegex(@"^(?<name>[^\s|]+)(?:\s+(?<flag>required|optional))?$")]
    private static partial Regex NamePattern();
}
