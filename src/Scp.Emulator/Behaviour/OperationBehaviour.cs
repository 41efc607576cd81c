namespace Scp.Emulator.Behaviour;

/// <summary>How the emulator answers one operation.</summary>
internal sealed class OperationBehaviour
{
    public required OperationKind Kind { get; init; }

    /// <summary>Collections along the path with their id parameter, outermost first (<c>/v1/volumes/{volume_id}</c> …).</summary>
    public required IReadOnlyList<(CollectionModel Collection, string Parameter)> Chain { get; init; }

    /// <summary>The collection a Create/List/Check works on.</summary>
    public CollectionModel? Collection { get; init; }

    /// <summary>Sub-resource name for Sub* kinds (the literal path after the record, e.g. <c>encryption</c>).</summary>
    public string? SubKey { get; init; }

    /// <summary>The record field a Check compares, and the query parameter giving the value.</summary>
    public (string Field, string Parameter)? CheckField { get; init; }

    /// <summary>Success status code and its response, from the spec.</summary>
    public required int SuccessStatus { get; init; }

    public bool IsAsync => SuccessStatus == 202;
}
