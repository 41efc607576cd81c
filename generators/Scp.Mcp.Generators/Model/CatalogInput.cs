namespace Scp.Mcp.Generators.Model;

/// <summary>
/// One spec with its product's curation decisions and the lifecycle planner's per-operation results: the input of a
/// per-spec catalogue file.
/// </summary>
internal sealed record CatalogInput(SpecModel Spec, ProductPlan? Plan)
{
    /// <summary>Success response and lifecycle of each operation of the spec (filled by <c>LifecyclePlanner</c>).</summary>
    public EquatableArray<OperationLifecyclePlan> Lifecycles { get; init; } = EquatableArray<OperationLifecyclePlan>.Empty;

    /// <summary>The product's English text file, when it has one.</summary>
    public TextModel? EnglishText { get; init; }

    /// <summary>Diagnostics of the lifecycle overrides that apply to this spec.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; init; } = EquatableArray<DiagnosticInfo>.Empty;
}
