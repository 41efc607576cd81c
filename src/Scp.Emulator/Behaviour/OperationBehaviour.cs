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

    /// <summary>For a Check: record fields compared with the query parameters that give their values.</summary>
    public IReadOnlyList<(string Field, string Parameter)> CheckFields { get; init; } = [];

    /// <summary>Success status code and its response, from the spec.</summary>
    public required int SuccessStatus { get; init; }

    /// <summary>The descriptor's <see cref="Scp.Sdk.Catalog.ScpOperationDescriptor.AnswersAsynchronously"/> (the generator's one rule): the record walks through a transitional state.</summary>
    public required bool IsAsync { get; init; }
}
