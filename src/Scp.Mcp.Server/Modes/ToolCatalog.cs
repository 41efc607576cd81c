using ModelContextProtocol.Server;
using Scp.Mcp.Server.Tools;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Modes;

/// <summary>The tools and resources a server offers for a set of operations and settings.</summary>
internal static class ToolCatalog
{
    /// <summary>
    /// The tools, in <c>tools/list</c> order (by name): one per offered operation, the discover meta-tools, or under
    /// <see cref="ToolMode.Auto"/> both (<see cref="ClientToolSets"/> lists one set per client).
    /// </summary>
    public static IReadOnlyList<McpServerTool> CreateTools(IReadOnlyList<ScpOperationDescriptor> operations, ScpServerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var offered = ToolFilter.Apply(operations, settings);
        var tools = new List<McpServerTool>();
        if (settings.ToolMode != ToolMode.Full)
        {
            tools.AddRange(DiscoverMode.Create(offered, settings));
        }

        if (settings.ToolMode != ToolMode.Discover)
        {
            tools.AddRange(offered.Select(o => (McpServerTool)DelegateTool.ForOperation(o, ToolFactory.CreateTool(o, settings))));
        }

        return tools;
    }

    /// <summary>
    /// Starts composing the offered tools' input and output schemas on a thread-pool thread, last tool first, while
    /// the host starts (back end, DI, transport). The host's own pass in <see cref="CreateTools"/> goes first tool
    /// first and finds what the background pass already cached (<see cref="ScpSchemaComposer"/> caches per
    /// operation and dialect), so on two or more cores the first <c>tools/list</c> waits for about half the work.
    /// Errors are left to the host's pass, which reports them; the background pass only stops.
    /// </summary>
    public static Task PrecomposeSchemasAsync(IReadOnlyList<ScpOperationDescriptor> operations, ScpServerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.ToolMode == ToolMode.Discover)
        {
            return Task.CompletedTask;
        }

        return Task.Run(() =>
        {
            try
            {
                var offered = ToolFilter.Apply(operations, settings);
                for (var i = offered.Count - 1; i >= 0; i--)
                {
                    ScpSchemaComposer.Compose(offered[i], settings.SchemaDialect, settings.Language);
                }
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                // The host's pass composes the same schemas and reports the error to the user.
            }
        });
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
