namespace Scp.Mcp.Generators;

/// <summary>Names of the pipeline steps, for incrementality tests (<c>trackIncrementalGeneratorSteps</c>).</summary>
public static class TrackingNames
{
    /// <summary>One spec file parsed into a model and diagnostics.</summary>
    public const string ParseSpec = nameof(ParseSpec);

    /// <summary>One curation file parsed.</summary>
    public const string ParseCuration = nameof(ParseCuration);

    /// <summary>One English text file parsed.</summary>
    public const string ParseText = nameof(ParseText);

    /// <summary>The English text files checked against the specs.</summary>
    public const string CheckText = nameof(CheckText);

    /// <summary>The model of a readable spec.</summary>
    public const string SpecModel = nameof(SpecModel);

    /// <summary>A spec reduced to what planning needs.</summary>
    public const string Summary = nameof(Summary);

    /// <summary>Cross-spec curation and validation.</summary>
    public const string Plan = nameof(Plan);

    /// <summary>One spec with its product's plan (input of its catalogue file).</summary>
    public const string CatalogInput = nameof(CatalogInput);

    /// <summary>Products and versions (input of the aggregate files).</summary>
    public const string Products = nameof(Products);

    /// <summary>One search vocabulary file parsed.</summary>
    public const string ParseSearch = nameof(ParseSearch);

    /// <summary>The search vocabulary checked against the plan (input of ScpSearchVocabulary.g.cs).</summary>
    public const string SearchVocabulary = nameof(SearchVocabulary);
}
