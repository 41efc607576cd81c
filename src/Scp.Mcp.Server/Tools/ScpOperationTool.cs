using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Tools;

/// <summary>The MCP tool of one operation, built from its descriptor without reflection (AOT-safe).</summary>
public sealed class ScpOperationTool : McpServerTool
{
    /// <summary>Creates the tool of <paramref name="operation"/> with its prebuilt definition.</summary>
    public ScpOperationTool(ScpOperationDescriptor operation, Tool tool)
    {
        Operation = operation;
        ProtocolTool = tool;
    }

    /// <summary>The operation this tool calls.</summary>
    public ScpOperationDescriptor Operation { get; }

    /// <inheritdoc/>
    public override Tool ProtocolTool { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<object> Metadata => [];

    /// <inheritdoc/>
    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var executor = (request.Services ?? request.Server.Services!).GetRequiredService<OperationExecutor>();
        return await executor.ExecuteAsync(Operation, request.Params?.Arguments, new McpToolCallContext(request), cancellationToken);
    }
}
