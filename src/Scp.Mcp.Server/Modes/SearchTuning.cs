namespace Scp.Mcp.Server.Modes;

/// <summary>
/// The ranking parameters of <see cref="OperationSearch"/> (docs/search.md "How it ranks"). The server always uses
/// <see cref="Default"/>, chosen on the development set (<c>-- search-grid --dev</c>, the middle of its flat region); the
/// benchmarks' <c>-- search-grid</c> builds the variants.
/// </summary>
internal sealed record SearchTuning
{
    /// <summary>The parameters the server ranks with.</summary>
    public static SearchTuning Default { get; } = new();

    /// <summary>BM25 term-frequency saturation over the fields' combined frequency.</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>Query weight of an adjacent word pair (a phrase) against 1 for a word.</summary>
    public double PairWeight { get; init; } = 0.5;

    /// <summary>Query weight of a synonym-group concept.</summary>
    public double ConceptWeight { get; init; } = 0.8;

    /// <summary>Query weight of the words of a resource name after its first part ("oracle" in "vg-oracle"; <see cref="SearchText.SplitNames"/>).</summary>
    public double NameWeight { get; init; } = 0.25;

    /// <summary>Score × (1 + this × share of the tool name's words present in the request).</summary>
    public double CoverageBonus { get; init; } = 0.25;

    /// <summary>Score × (1 + this) when the request names the operation's product by its longest term.</summary>
    public double ProductBonus { get; init; } = 0.5;

    /// <summary>Score × (1 + this) when the action the request asks for is the tool's verb.</summary>
    public double ActionBonus { get; init; } = 0.15;

    /// <summary>Score × (1 + this) for an update tool when the request adds to or removes from a collection (<see cref="SearchAction.ChangesMembers"/>).</summary>
    public double MembershipBonus { get; init; } = 0.3;

    /// <summary>Score × (1 + this) for an update tool when the request replaces a value ("… instead of 10"; <see cref="SearchAction.ReplacesValue"/>).</summary>
    public double ValueBonus { get; init; } = 0.3;

    /// <summary>Field weights in field order: name, title, aliases, description, product terms, summary, example requests.</summary>
    public IReadOnlyList<double> Weights { get; init; } = [3.0, 2.5, 2.5, 1.0, 0.6, 0.8, 1.25];

    /// <summary>BM25F length normalisation (b) per field, in the same order.</summary>
    public IReadOnlyList<double> B { get; init; } = [0.9, 0.9, 0.5, 0.75, 0.3, 0.75, 0.75];
}
