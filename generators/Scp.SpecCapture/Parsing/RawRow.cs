namespace Scp.SpecCapture.Parsing;

/// <summary>A table row split on every <c>|</c>, cells untrimmed, before any interpretation.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Cells">The text between the pipes.</param>
public sealed record RawRow(int Line, IReadOnlyList<string> Cells);
