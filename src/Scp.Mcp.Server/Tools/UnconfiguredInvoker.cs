using ModelContextProtocol;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Tools;

/// <summary>Stands in until the signing transport is wired: every call fails clearly and nothing is sent.</summary>
internal sealed class UnconfiguredInvoker : IScpOperationInvoker
{
    public Task<ScpOperationResponse> SendAsync(ScpOperationRequest request, CancellationToken cancellationToken = default)
        => throw new McpException(
            "No SCP transport is configured in this build of scp-mcp, so nothing was sent. "
            + "Use a build that includes the SCP HTTP transport (or --emulator once available).");
}
