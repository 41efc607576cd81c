namespace Scp.SpecCapture.Model;

/// <summary>One service (product) of a docs file.</summary>
public sealed record ServiceDoc
{
    /// <summary>The docs file it came from.</summary>
    public required string File { get; init; }

    /// <summary>Line of the service heading.</summary>
    public required int Line { get; init; }

    /// <summary>The heading, e.g. <c>Archive Storage</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The product name used in the host and <c>Scp-Api-Version</c>.</summary>
    public required string Product { get; init; }

    /// <summary>Overview text.</summary>
    public required string Overview { get; init; }

    /// <summary>API versions with status (from the Version table, or derived from the operations when it is empty).</summary>
    public required IReadOnlyList<VersionDoc> Versions { get; init; }

    /// <summary>The OpenAPI URL template.</summary>
    public required string UrlTemplate { get; init; }

    /// <summary>Environment/region pairs.</summary>
    public required IReadOnlyList<RegionDoc> Regions { get; init; }

    /// <summary>All operation-versions in docs order.</summary>
    public required IReadOnlyList<OperationDoc> Operations { get; init; }

    /// <summary>All models in docs order.</summary>
    public required IReadOnlyList<ModelDoc> Models { get; init; }
}
