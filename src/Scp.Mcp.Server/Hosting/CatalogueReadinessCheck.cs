using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;

namespace Scp.Mcp.Server.Hosting;

/// <summary>Ready once the MCP tools are built from the operation catalogue (their schemas composed).</summary>
internal sealed class CatalogueReadinessCheck(IOptions<McpServerOptions> options) : IReadinessCheck
{
    public string Name => "catalogue";

    public Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        var tools = options.Value.ToolCollection;
        return Task.FromResult(tools is { Count: > 0 } ? null : "no tools are offered");
    }
}
