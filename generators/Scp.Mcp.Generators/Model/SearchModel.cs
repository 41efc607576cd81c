namespace Scp.Mcp.Generators.Model;

/// <summary>
/// One search vocabulary file: <c>specs/&lt;product&gt;/search.json</c> (product terms and per-operation aliases),
/// <c>specs/search-synonyms.json</c> (synonym groups) or <c>specs/search-actions.json</c> (lead-ins and the words of
/// each action); <see cref="Product"/> is null but for a product's file.
/// </summary>
internal sealed record SearchModel(
    string FilePath,
    string? Product,
    EquatableArray<string> Terms,
    EquatableArray<SearchAliases> Operations,
    EquatableArray<EquatableArray<string>> SynonymGroups)
{
    /// <summary>Example requests per operationId (<c>requests</c> of a product's file): how engineers ask for it, indexed as their own field.</summary>
    public EquatableArray<SearchAliases> Requests { get; init; } = EquatableArray<SearchAliases>.Empty;

    /// <summary>Openings of a request skipped before its verb ("please", "can you").</summary>
    public EquatableArray<string> LeadIns { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The actions a request can ask for, with their words.</summary>
    public EquatableArray<SearchActionWords> Actions { get; init; } = EquatableArray<SearchActionWords>.Empty;
}

/// <summary>One action of <c>search-actions.json</c>: the tool-name verbs that perform it, English request verbs (one or two words) and Korean verb stems.</summary>
internal sealed record SearchActionWords(string Action, EquatableArray<string> Tool, EquatableArray<string> English, EquatableArray<string> Korean);

/// <summary>The alias phrases of one operationId, with the place of its key for diagnostics.</summary>
internal sealed record SearchAliases(string OperationId, EquatableArray<string> Phrases, SourceLocation Location);

/// <summary>The result of parsing one search vocabulary file.</summary>
internal sealed record SearchParseResult(SearchModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
