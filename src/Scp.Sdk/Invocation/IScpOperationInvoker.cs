namespace Scp.Sdk.Invocation;

/// <summary>
/// Sends one operation call to SCP: builds the URL from the descriptor's path template and the raw values,
/// signs it, applies resilience, and returns the response. Used by the generated typed SDK, the MCP server
/// and tests alike. A non-success status is thrown as <c>ScpApiException</c> by the HTTP implementation.
/// </summary>
public interface IScpOperationInvoker
{
    /// <summary>Sends the request and returns the (successful) response.</summary>
    Task<ScpOperationResponse> SendAsync(ScpOperationRequest request, CancellationToken cancellationToken = default);
}
