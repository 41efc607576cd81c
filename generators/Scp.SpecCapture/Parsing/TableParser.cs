using System.Text.RegularExpressions;

namespace Scp.SpecCapture.Parsing;

/// <summary>Reads the docs' pipe tables: a header row, a <c>|---|</c> separator, then rows.</summary>
public static partial class TableParser
{
    /// <summary>Splits <c>| a | b |</c> into its cells (untrimmed). Null when the line is not a complete row.</summary>
    public static IReadOnlyList<string>? SplitRow(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.TrimEnd();
        if (text.Length < 2 || text[0] != '|' || text[^1] != '|')
        {
            return null;
        }

        return text[1..^1].Split('|');
    }

    /// <summary>Reads a table whose header cells must be exactly <paramref name="header"/>; returns its rows.</summary>
    public static IReadOnlyList<RawRow> Read(DocsReader reader, params string[] header)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(header);
        var expectedHeader = "| " + string.Join(" | ", header) + " |";
        var cells = reader.AtEnd ? null : SplitRow(reader.Current);
        if (cells is null || !cells.Select(c => c.Trim()).SequenceEqual(header, StringComparer.Ordinal))
        {
            throw reader.Error($"the table header '{expectedHeader}'");
        }

        reader.Advance();
        reader.ExpectMatch(SeparatorPattern(), "a table separator like '|---|---|'");
        var rows = new List<RawRow>();
        while (!reader.AtEnd && reader.Current.StartsWith('|'))
        {
            var row = SplitRow(reader.Current) ?? throw reader.Error("a table row ending with '|' (truncated row?)");
            rows.Add(new RawRow(reader.LineNumber, row));
            reader.Advance();
        }

        return rows;
    }

    [GeneratedRegex(@"^\|(?:-{3,}\|)+$")]
    private static partial Regex SeparatorPattern();
}
