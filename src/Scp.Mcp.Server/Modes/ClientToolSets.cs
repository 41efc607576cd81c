using ModelContextProtocol.Server;

namespace Scp.Mcp.Server.Modes;

/// <summary>
/// <c>--tool-mode auto</c> (the default): the server holds both the per-operation tools and the discover meta-tools, and
/// <c>tools/list</c> shows one set per client, chosen from <c>clientInfo.name</c> of <c>initialize</c>. Clients known to
/// cap or degrade with many tools (VS Code: 128 across all servers; Cursor: about 40; Windsurf: 100) get the four discover
/// tools; every other client, Claude included, gets one tool per operation. docs/clients.md gives the reasons.
/// </summary>
internal static class ClientToolSets
{
    /// <summary>Lower-case fragments of <c>clientInfo.name</c> of clients that get discover mode under <see cref="ToolMode.Auto"/>.</summary>
    public static readonly IReadOnlyList<string> CappedClients = ["visual studio code", "vscode", "copilot", "cursor", "windsurf"];

    /// <summary>The mode a client named <paramref name="clientName"/> gets under <paramref name="mode"/>.</summary>
    public static ToolMode Resolve(ToolMode mode, string? clientName)
    {
        if (mode != ToolMode.Auto)
        {
            return mode;
        }

        var name = clientName?.ToLowerInvariant() ?? string.Empty;
        return CappedClients.Any(c => name.Contains(c, StringComparison.Ordinal)) ? ToolMode.Discover : ToolMode.Full;
    }

    /// <summary>True when <paramref name="toolName"/> belongs to the set of <paramref name="mode"/> (<see cref="ToolMode.Full"/> or <see cref="ToolMode.Discover"/>).</summary>
    public static bool IsListed(string toolName, ToolMode mode)
        => DiscoverMode.IsMetaTool(toolName) == (mode == ToolMode.Discover);

    /// <summary>The request filter that narrows <c>tools/list</c> to the client's set; no-op unless the mode is <see cref="ToolMode.Auto"/>.</summary>
    public static void AddFilters(McpServerOptions options, ScpServerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.ToolMode != ToolMode.Auto)
        {
            return;
        }

        options.Filters.Request.ListToolsFilters.Add(next => async (context, cancellationToken) =>
        {
            var result = await next(context, cancellationToken);
            var mode = Resolve(ToolMode.Auto, context.Server.ClientInfo?.Name);
            result.Tools = [.. result.Tools.Where(t => IsListed(t.Name, mode))];
            return result;
        });
    }
}
