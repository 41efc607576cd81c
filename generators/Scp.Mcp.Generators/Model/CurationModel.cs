namespace Scp.Mcp.Generators.Model;

/// <summary>One curation file <c>specs/&lt;product&gt;/tools.json</c>.</summary>
internal sealed record CurationModel(
    string FilePath,
    string Product,
    string Prefix,
    SourceLocation PrefixLocation,
    EquatableArray<CurationEntry> Entries);

/// <summary>The curation of one operationId.</summary>
internal sealed record CurationEntry(
    string OperationId,
    string? Title,
    string? Tool,
    string? Safety,
    string? Reason,
    bool Hidden,
    SourceLocation Location)
{
    /// <summary>The <c>"lifecycle"</c> override, when the entry has a valid one.</summary>
    public LifecycleOverride? Lifecycle { get; init; }
}

/// <summary>The result of parsing one curation file.</summary>
internal sealed record CurationParseResult(CurationModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
