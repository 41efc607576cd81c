namespace Scp.Sdk.Catalog;

/// <summary>
/// Every captured product-version and operation-version. The contents are emitted at build time by
/// Scp.Mcp.Generators, which implements <see cref="Populate"/>; this part only holds them.
/// </summary>
public static partial class ScpCatalog
{
    private static readonly Lazy<(ScpApiDescriptor[] Apis, ScpOperationDescriptor[] Operations)> Contents = new(Load);

    /// <summary>Every product-version, ordered by product then version.</summary>
    public static IReadOnlyList<ScpApiDescriptor> Apis => Contents.Value.Apis;

    /// <summary>Every operation-version (current and deprecated), ordered by product, version, operationId.</summary>
    public static IReadOnlyList<ScpOperationDescriptor> Operations => Contents.Value.Operations;

    /// <summary>Implemented by the generator: adds every API and operation descriptor.</summary>
    static partial void Populate(List<ScpApiDescriptor> apis, List<ScpOperationDescriptor> operations);

    private static (ScpApiDescriptor[], ScpOperationDescriptor[]) Load()
    {
        var apis = new List<ScpApiDescriptor>();
        var operations = new List<ScpOperationDescriptor>();
        Populate(apis, operations);
        return (apis.ToArray(), operations.ToArray());
    }
}
