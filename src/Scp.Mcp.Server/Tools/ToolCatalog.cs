using ModelContextProtocol.Server;
using Scp.Mcp.Server.Cli;
using Scp.Mcp.Server.Modes;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Tools;

/// <summary>The tools and resources a server offers for a set of operations and settings.</summary>
public static class ToolCatalog
{
    /// <summary>The tools, in <c>tools/list</c> order (by name): one per offered operation, or the discover meta-tools.</summary>
    public static IReadOnlyList<McpServerTool> CreateTools(IReadOnlyList<ScpOperationDescriptor> operations, ScpServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var offered = ToolFilter.Apply(operations, settings);
        if (settings.ToolMode == ToolMode.Discover)
        {
            return DiscoverTools.Create(offered, settings);
        }

        return offered.Select(o => (McpServerTool)new ScpOperationTool(o, ToolFactory.CreateTool(o, settings))).ToList();
    }

    /// <summary>One spec resource per product-version present in <paramref name="operations"/>, ordered by URI.</summary>
    public static IReadOnlyList<SpecResource> CreateResources(IReadOnlyList<ScpOperationDescriptor> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        return operations
            .GroupBy(o => (o.Api.Product, o.Api.Version))
            .Select(g => new SpecResource(g.First().Api, g.ToList()))
            .OrderBy(r => r.Uri, StringComparer.Ordinal)
            .ToList();
    }
}
