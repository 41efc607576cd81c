using System.Text.RegularExpressions;
using Scp.SpecCapture.Model;

namespace Scp.SpecCapture.Parsing;

/// <summary>
/// Parses one docs file (SCP API reference pages as text): a contents list, then per service an overview, its APIs
/// (operation, then one section per API version) and its Models. Throws <see cref="DocsFormatException"/> naming the
/// file and line at the first thing that does not have the expected shape.
/// </summary>
public sealed partial class DocsParser
{
    private readonly DocsReader _reader;
    private readonly List<string> _notes;

    private DocsParser(DocsReader reader, List<string> notes)
    {
        _reader = reader;
        _notes = notes;
    }

    /// <summary>Parses the text of one docs file. Notes about tolerated oddities are appended to <paramref name="notes"/>.</summary>
    public static IReadOnlyList<ServiceDoc> Parse(string file, string text, List<string> notes)
    {
        var parser = new DocsParser(DocsReader.FromText(file, text), notes);
        return parser.ParseFile();
    }

    private List<ServiceDoc> ParseFile()
    {
        var contents = new List<(string Number, string Title, int Line)>();
        while (!_reader.AtEnd && !IsHeading(_reader.Current, out _, out _, depth: 1))
        {
            var entry = DocsPatterns.ContentsEntry().Match(_reader.Current);
            if (entry.Success)
            {
                contents.Add((entry.Groups["num"].Value, entry.Groups["title"].Value, _reader.LineNumber));
            }

            _reader.Advance();
        }

        if (_reader.AtEnd)
        {
            throw _reader.Error("a service section heading such as '1 - Archive Storage'");
        }

        var services = new List<ServiceDoc>();
        var headings = new Dictionary<string, string>(StringComparer.Ordinal);
        while (!_reader.AtEnd)
        {
            services.Add(ParseService(headings));
        }

        CheckContents(contents, headings);
        return services;
    }

    /// <summary>Every section the contents list names must exist with the same title; a missing tail means truncation.</summary>
    private void CheckContents(List<(string Number, string Title, int Line)> contents, Dictionary<string, string> headings)
    {
        foreach (var (number, title, line) in contents)
        {
            if (!headings.TryGetValue(number, out var actual))
            {
                var laterFound = contents.SkipWhile(c => c.Number != number).Any(c => headings.ContainsKey(c.Number));
                throw laterFound
                    ? _reader.ErrorAt(line, $"the contents list section '{number} - {title}' but the document has no such section")
                    : _reader.ErrorAt(_reader.LastLineNumber, $"expected section '{number} - {title}' (listed in the contents at line {line}), but the file ends before it (truncated?)");
            }

            if (!string.Equals(actual, title, StringComparison.Ordinal))
            {
                throw _reader.ErrorAt(line, $"the contents list '{number}: {title}' but the section is titled '{actual}'");
            }
        }
    }

    private static bool IsHeading(string line, out string number, out string title, int depth)
    {
        var match = DocsPatterns.Heading().Match(line);
        number = match.Groups["num"].Value;
        title = match.Groups["title"].Value;
        return match.Success && number.Split('.').Length == depth;
    }

    /// <summary>True when the current line is a heading numbered <paramref name="parent"/>.k.</summary>
    private bool AtChildHeading(string parent, out string number, out string title)
    {
        var depth = parent.Split('.').Length + 1;
        return IsHeading(_reader.Current, out number, out title, depth)
            && number.StartsWith(parent + ".", StringComparison.Ordinal)
            && !_reader.AtEnd;
    }

    private (string Number, string Title) ExpectHeading(Dictionary<string, string> headings, int depth, string? parent, string expected)
    {
        if (_reader.AtEnd || !IsHeading(_reader.Current, out var number, out var title, depth)
            || (parent is not null && !number.StartsWith(parent + ".", StringComparison.Ordinal)))
        {
            throw _reader.Error(expected);
        }

        headings[number] = title;
        _reader.Advance();
        return (number, title);
    }

    private static string? ParseDate(string text) =>
        DocsPatterns.Date().Match(text) is { Success: true } m ? $"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}" : null;

    private string ReadLinesUntil(Func<string, bool> stop, string expected)
    {
        var lines = new List<string>();
        while (!_reader.AtEnd && !stop(_reader.Current))
        {
            lines.Add(_reader.Current);
            _reader.Advance();
        }

        if (_reader.AtEnd)
        {
            throw _reader.Error(expected);
        }

        return string.Join('\n', lines).Trim();
    }

    private static string Cell(RawRow row, int index) => index < row.Cells.Count ? row.Cells[index].Trim() : string.Empty;

    private Exception RowError(int line, string problem) => _reader.ErrorAt(line, problem);
}
