using Scp.Sdk.Catalog;

namespace Scp.Emulator.Routing;

/// <summary>The operations of one product-version, matched by method and path template.</summary>
internal sealed class ApiRoutes
{
    private readonly List<(ScpOperationDescriptor Operation, PathTemplate Template)> _routes = [];

    public ApiRoutes(ScpApiDescriptor api) => Api = api;

    public ScpApiDescriptor Api { get; }

    public IEnumerable<ScpOperationDescriptor> Operations => _routes.Select(r => r.Operation);

    public void Add(ScpOperationDescriptor operation) => _routes.Add((operation, new PathTemplate(operation.PathTemplate)));

    /// <summary>Finds the most specific route; <paramref name="pathExists"/> tells whether another method would match.</summary>
    public RouteMatch? Match(string method, string[] segments, out bool pathExists)
    {
        pathExists = false;
        RouteMatch? best = null;
        long bestScore = -1;
        foreach (var (operation, template) in _routes)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var score = template.Match(segments, values);
            if (score < 0)
            {
                continue;
            }

            pathExists = true;
            if (string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase) && score > bestScore)
            {
                best = new RouteMatch(operation, template, values);
                bestScore = score;
            }
        }

        return best;
    }
}
