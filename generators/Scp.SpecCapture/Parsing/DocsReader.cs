using System.Text.RegularExpressions;

namespace Scp.SpecCapture.Parsing;

/// <summary>A forward cursor over the lines of one docs file that knows its line numbers.</summary>
public sealed class DocsReader
{
    private readonly IReadOnlyList<string> _lines;
    private int _index;

    /// <summary>Creates a reader over already split lines.</summary>
    public DocsReader(string file, IReadOnlyList<string> lines)
    {
        File = file;
        _lines = lines;
    }

    /// <summary>The file name used in errors.</summary>
    public string File { get; }

    /// <summary>True after the last line.</summary>
    public bool AtEnd => _index >= _lines.Count;

    /// <summary>1-based number of the current line (one past the last line at the end).</summary>
    public int LineNumber => _index + 1;

    /// <summary>Number of the last line of the file.</summary>
    public int LastLineNumber => _lines.Count;

    /// <summary>The current line without trailing white space; empty at the end.</summary>
    public string Current => AtEnd ? string.Empty : _lines[_index].TrimEnd();

    /// <summary>Splits text into lines (LF or CRLF); a final newline does not make an extra empty line.</summary>
    public static DocsReader FromText(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return new DocsReader(file, lines);
    }

    /// <summary>Moves to the next line.</summary>
    public void Advance() => _index++;

    /// <summary>An error at the current line saying what was expected and what was found.</summary>
    public DocsFormatException Error(string expected)
    {
        var found = AtEnd ? "the end of the file (truncated?)" : $"'{Shorten(Current)}'";
        return new DocsFormatException(File, AtEnd ? LastLineNumber : LineNumber, $"expected {expected}, found {found}");
    }

    /// <summary>An error at a given line.</summary>
    public DocsFormatException ErrorAt(int line, string problem) => new(File, line, problem);

    /// <summary>Consumes a line that must equal <paramref name="text"/>.</summary>
    public void Expect(string text)
    {
        if (AtEnd || !string.Equals(Current, text, StringComparison.Ordinal))
        {
            throw Error($"'{text}'");
        }

        Advance();
    }

    /// <summary>Consumes a line that must match <paramref name="pattern"/>.</summary>
    public Match ExpectMatch(Regex pattern, string expected)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var match = AtEnd ? Match.Empty : pattern.Match(Current);
        if (!match.Success)
        {
            throw Error(expected);
        }

        Advance();
        return match;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
