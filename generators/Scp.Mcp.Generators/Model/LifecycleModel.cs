namespace Scp.Mcp.Generators.Model;

/// <summary>
/// What the planner decided for one operation-version: its success response and, when its answer leaves a resource in
/// a transitional state, how to follow that resource (docs/generator.md, "Lifecycle").
/// </summary>
internal sealed record OperationLifecyclePlan(string OperationId, int? SuccessStatus, bool Asynchronous, LifecycleModel? Lifecycle);

/// <summary>
/// How to wait for the resource an operation's answer leaves in a transitional state: the GET that reads it (same spec),
/// how that GET's path parameters are filled, the state field in the GET's answer and the state sets.
/// </summary>
internal sealed record LifecycleModel(
    string StatusOperationId,
    EquatableArray<LifecycleArgumentModel> Arguments,
    string? StatePath,
    EquatableArray<string> TransitionalStates,
    EquatableArray<string> FailureStates,
    bool NotFoundMeansDone);

/// <summary>One path parameter of the status GET: taken from the call's own path value or from the answer (dotted path).</summary>
internal sealed record LifecycleArgumentModel(string Parameter, bool FromAnswer, string Path);

/// <summary>
/// A curation override of an operation's lifecycle (<c>"lifecycle": {…}</c> in tools.json); unset members keep what the
/// planner infers. <see cref="Disabled"/> is <c>"lifecycle": false</c>: never wait.
/// </summary>
internal sealed record LifecycleOverride(
    bool Disabled,
    string? Status,
    string? IdField,
    string? State,
    EquatableArray<string>? Transitional,
    EquatableArray<string>? Failure,
    bool? NotFoundMeansDone,
    SourceLocation Location);
