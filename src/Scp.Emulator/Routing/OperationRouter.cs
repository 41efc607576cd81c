using Scp.Sdk.Catalog;

namespace Scp.Emulator.Routing;

/// <summary>Indexes operations by product and version (from <c>Scp-Api-Version</c>).</summary>
internal sealed class OperationRouter
{
    private readonly Dictionary<string, Dictionary<string, ApiRoutes>> _products = new(StringComparer.OrdinalIgnoreCase);

    public OperationRouter(IEnumerable<ScpOperationDescriptor> operations)
    {
        foreach (var operation in operations)
        {
            if (!_products.TryGetValue(operation.Api.Product, out var versions))
            {
                versions = new Dictionary<string, ApiRoutes>(StringComparer.Ordinal);
                _products[operation.Api.Product] = versions;
            }

            if (!versions.TryGetValue(operation.Api.Version, out var routes))
            {
                routes = new ApiRoutes(operation.Api);
                versions[operation.Api.Version] = routes;
            }

            routes.Add(operation);
        }
    }

    public IEnumerable<ApiRoutes> All => _products.Values.SelectMany(v => v.Values);

    public IEnumerable<string> Products => _products.Keys.Order(StringComparer.Ordinal);

    /// <summary>Finds the product-version named by <c>Scp-Api-Version</c>; on failure returns a message naming what is known.</summary>
    public ApiRoutes? Find(string? apiVersionHeader, out string? problem)
    {
        problem = null;
        var parts = (apiVersionHeader ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            problem = $"Header Scp-Api-Version must be '<product> <version>', e.g. 'filestorage 1.1'; got '{apiVersionHeader}'. Known products: {string.Join(", ", Products)}.";
            return null;
        }

        if (!_products.TryGetValue(parts[0], out var versions))
        {
            problem = $"Header Scp-Api-Version names unknown product '{parts[0]}'. Known products: {string.Join(", ", Products)}.";
            return null;
        }

        if (!versions.TryGetValue(parts[1], out var routes))
        {
            problem = $"Header Scp-Api-Version names unknown version '{parts[1]}' of {parts[0]}. Known versions: {string.Join(", ", versions.Keys.Order(StringComparer.Ordinal))}.";
            return null;
        }

        return routes;
    }
}
