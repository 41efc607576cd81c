using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Scp.Mcp.Generators.Model;

/// <summary>
/// A diagnostic as plain, equatable data (no <see cref="Location"/> in the pipeline): the descriptor id,
/// the file and span it points at, and its message arguments.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string FilePath, TextSpan Span, LinePositionSpan LineSpan, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(string id, SourceLocation location, params string[] arguments) =>
        new(id, location.FilePath, location.Span, location.LineSpan, new EquatableArray<string>(arguments));

    public Location ToLocation() =>
        FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan);
}

/// <summary>A place in a spec or curation file (path and span), kept as data.</summary>
internal readonly record struct SourceLocation(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static SourceLocation None(string filePath) => new(filePath, default, default);
}
