using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Scp.Mcp.Server.Modes;

/// <summary>A meta-tool of discover mode: a fixed definition and a handler (no reflection).</summary>
public sealed class DiscoverTool(Tool tool, Func<RequestContext<CallToolRequestParams>, CancellationToken, Task<CallToolResult>> handler) : McpServerTool
{
    /// <inheritdoc/>
    public override Tool ProtocolTool { get; } = tool;

    /// <inheritdoc/>
    public override IReadOnlyList<object> Metadata => [];

    /// <inheritdoc/>
    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
        => await handler(request, cancellationToken);
}
