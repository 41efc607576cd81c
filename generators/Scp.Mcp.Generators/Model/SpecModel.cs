namespace Scp.Mcp.Generators.Model;

/// <summary>Everything the emitters need from one <c>specs/&lt;product&gt;/&lt;version&gt;.json</c>, as equatable data.</summary>
internal sealed record SpecModel(
    string FilePath,
    string SpecPath,
    string Product,
    string Version,
    string ProductName,
    string VersionName,
    string ServiceName,
    bool IsCurrentVersion,
    string? SupportedUntil,
    string ServerUrlTemplate,
    EquatableArray<string> Regions,
    EquatableArray<string> Environments,
    string ComponentsJson,
    EquatableArray<TypeModel> Types,
    EquatableArray<OperationModel> Operations)
{
    /// <summary>The spec's <c>info.description</c>, when given.</summary>
    public string? InfoDescription { get; init; }

    /// <summary>Namespace of the models and the version client, e.g. <c>Scp.Sdk.BaremetalBlockstorage.V1_2</c>.</summary>
    public string Namespace => "Scp.Sdk." + ProductName + "." + VersionName;

    /// <summary>Per-spec client class name, e.g. <c>BaremetalBlockstorageV1_2Client</c>.</summary>
    public string ClientName => ProductName + VersionName + "Client";

    /// <summary>Per-spec catalogue class name, e.g. <c>BaremetalBlockstorageV1_2Catalog</c>.</summary>
    public string CatalogName => ProductName + VersionName + "Catalog";
}
