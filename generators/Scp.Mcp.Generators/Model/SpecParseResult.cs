namespace Scp.Mcp.Generators.Model;

/// <summary>The result of parsing one spec: the model (null when unreadable) and its diagnostics.</summary>
internal sealed record SpecParseResult(SpecModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
