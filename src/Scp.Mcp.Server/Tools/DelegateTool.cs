using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Tools;

/// <summary>
/// Every MCP tool of this server: a fixed definition and a handler, no reflection (AOT-safe). The tool of an operation
/// (<see cref="ForOperation"/>) and discover mode's meta-tools are both this class.
/// </summary>
internal sealed class DelegateTool(Tool definition, Func<RequestContext<CallToolRequestParams>, CancellationToken, Task<CallToolResult>> handler)
    : McpServerTool
{
    /// <inheritdoc/>
    public override Tool ProtocolTool { get; } = definition;

    /// <inheritdoc/>
    public override IReadOnlyList<object> Metadata => [];

    /// <summary>The tool of <paramref name="operation"/> with its prebuilt <paramref name="definition"/>: runs the operation with the call's arguments.</summary>
    public static DelegateTool ForOperation(ScpOperationDescriptor operation, Tool definition)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return new(definition, (request, cancellationToken) => RunAsync(request, operation, request.Params?.Arguments, null, cancellationToken));
    }

    /// <summary>Runs <paramref name="operation"/> for an MCP <c>tools/call</c>: through the <see cref="OperationExecutor"/>, asking the client to confirm.</summary>
    public static Task<CallToolResult> RunAsync(
        RequestContext<CallToolRequestParams> request, ScpOperationDescriptor operation, IDictionary<string, JsonElement>? arguments,
        string? confirmToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var executor = (request.Services ?? request.Server.Services!).GetRequiredService<OperationExecutor>();
        return executor.ExecuteAsync(operation, arguments, new McpToolCallContext(request), cancellationToken, confirmToken);
    }

    /// <inheritdoc/>
    public override ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
        => new(handler(request, cancellationToken));
}
