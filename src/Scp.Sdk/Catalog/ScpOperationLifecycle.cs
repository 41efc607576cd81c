namespace Scp.Sdk.Catalog;

/// <summary>
/// How to wait for the resource an operation's answer leaves in a transitional state, computed by the generator from the
/// spec (with curation overrides): the GET that reads the resource, how its path parameters are filled, where the state
/// is and which states mean "still working" or "failed". Null on operations whose answer is final.
/// </summary>
public sealed class ScpOperationLifecycle
{
    /// <summary>The GET, in the same product-version, that reads the resource.</summary>
    public required ScpOperationDescriptor StatusOperation { get; init; }

    /// <summary>How each path parameter of <see cref="StatusOperation"/> is filled.</summary>
    public required IReadOnlyList<ScpLifecycleArgument> Arguments { get; init; }

    /// <summary>Dotted path of the state in the GET's answer (e.g. <c>state</c>, <c>result.state</c>); null when only a 404 tells.</summary>
    public string? StatePath { get; init; }

    /// <summary>States meaning "still working" (compared ignoring case).</summary>
    public required IReadOnlyList<string> TransitionalStates { get; init; }

    /// <summary>Settled states meaning the operation failed (compared ignoring case).</summary>
    public required IReadOnlyList<string> FailureStates { get; init; }

    /// <summary>True for deletes: a 404 from the GET means done.</summary>
    public bool NotFoundMeansDone { get; init; }
}
