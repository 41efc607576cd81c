namespace Scp.Mcp.Generators.Model;

/// <summary>
/// One search vocabulary file: <c>specs/&lt;product&gt;/search.json</c> (product terms and per-operation aliases) or
/// <c>specs/search-synonyms.json</c> (synonym groups; <see cref="Product"/> is null).
/// </summary>
internal sealed record SearchModel(
    string FilePath,
    string? Product,
    EquatableArray<string> Terms,
    EquatableArray<SearchAliases> Operations,
    EquatableArray<EquatableArray<string>> SynonymGroups);

/// <summary>The alias phrases of one operationId, with the place of its key for diagnostics.</summary>
internal sealed record SearchAliases(string OperationId, EquatableArray<string> Phrases, SourceLocation Location);

/// <summary>The result of parsing one search vocabulary file.</summary>
internal sealed record SearchParseResult(SearchModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
