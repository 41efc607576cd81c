using System;
using Microsoft.CodeAnalysis.Text;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Parsing;

/// <summary>
/// Finds the place of a JSON fragment in a file's text, so diagnostics point into the spec
/// (JsonDocument keeps no positions; a text search for the quoted key or value is exact enough and cheap).
/// </summary>
internal sealed class TextLocator(string filePath, SourceText text, string content)
{
    public string FilePath => filePath;

    /// <summary>The first occurrence of <paramref name="needle"/> at or after <paramref name="after"/>'s start, else the whole file's start.</summary>
    public SourceLocation Find(string needle, SourceLocation? after = null)
    {
        var start = after?.Span.Start ?? 0;
        var index = content.IndexOf(needle, start, StringComparison.Ordinal);
        if (index < 0 && start > 0)
        {
            index = content.IndexOf(needle, StringComparison.Ordinal);
        }

        return index < 0 ? At(0, 0) : At(index, needle.Length);
    }

    /// <summary>A JSON key such as <c>"ShowBucket"</c>, searched with its quotes.</summary>
    public SourceLocation FindKey(string key, SourceLocation? after = null) => Find("\"" + key + "\"", after);

    /// <summary>The place at 1-based <paramref name="line"/> and 0-based byte column reported by a JsonException.</summary>
    public SourceLocation AtLine(long? line, long? column)
    {
        if (line is not { } l || l < 0 || l >= text.Lines.Count)
        {
            return At(0, 0);
        }

        var textLine = text.Lines[(int)l];
        var position = Math.Min(textLine.Start + (int)(column ?? 0), textLine.End);
        return At(position, 0);
    }

    private SourceLocation At(int start, int length)
    {
        var span = new TextSpan(start, Math.Min(length, Math.Max(0, text.Length - start)));
        return new SourceLocation(filePath, span, text.Lines.GetLinePositionSpan(span));
    }
}
