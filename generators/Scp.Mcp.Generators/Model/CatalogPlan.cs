namespace Scp.Mcp.Generators.Model;

/// <summary>What one spec contributes to the cross-spec planning step (kept small so edits stay cached).</summary>
internal sealed record SpecSummary(
    string FilePath,
    string Product,
    string Version,
    string ProductName,
    string VersionName,
    EquatableArray<OperationSummary> Operations);

/// <summary>An operation-version as seen by planning.</summary>
internal sealed record OperationSummary(string OperationId, string HttpMethod, string Summary, bool Deprecated);

/// <summary>Curation decisions for every product: prefix, tool names, titles, safety and the current version per operation.</summary>
internal sealed record CatalogPlan(EquatableArray<ProductPlan> Products, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The decisions for one product.</summary>
internal sealed record ProductPlan(string Product, string ProductName, string Prefix, EquatableArray<string> VersionNames, EquatableArray<OperationPlan> Operations);

/// <summary>The decisions for one operationId of a product (shared by all its versions).</summary>
internal sealed record OperationPlan(
    string OperationId,
    string ToolName,
    string? Title,
    string? Safety,
    string? SafetyReason,
    bool Hidden,
    string? CurrentVersion);
