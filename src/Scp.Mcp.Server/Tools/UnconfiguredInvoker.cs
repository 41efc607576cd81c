using ModelContextProtocol;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Tools;

/// <summary>The invoker of a pipeline built without a backend (see <c>ScpBackend</c>): every call fails clearly and nothing is sent.</summary>
internal sealed class UnconfiguredInvoker : IScpOperationInvoker
{
    public Task<ScpOperationResponse> SendAsync(ScpOperationRequest request, CancellationToken cancellationToken = default)
        => throw new McpException(
            "No SCP backend is configured for this pipeline, so nothing was sent. "
            + "Run scp-mcp with SCP credentials, or with --emulator.");
}
