using System.Net.Sockets;
using ModelContextProtocol;
using Scp.Sdk.Errors;

namespace Scp.Mcp.Server.Tools;

/// <summary>
/// Maps whatever the transport threw to the SDK's <see cref="ScpError"/>: an <see cref="ScpApiException"/> carries SCP's
/// answer; a call that got no answer becomes an error without a status whose code says why (<c>NotSent</c>,
/// <c>Unreachable</c>, <c>TransportError</c>, <c>Timeout</c>). Returns null for exceptions that are not call failures
/// (programming errors), which then propagate.
/// </summary>
internal static class ScpErrorTranslator
{
    /// <summary>Translates <paramref name="exception"/>, or returns null when it is not a call failure.</summary>
    public static ScpError? Translate(Exception exception) => exception switch
    {
        ScpApiException api => api.Error,
        McpException mcp => NoAnswer("NotSent", mcp.Message),
        HttpRequestException { StatusCode: { } status } http => new ScpError { StatusCode = (int)status, Details = [http.Message] },
        HttpRequestException { InnerException: SocketException } http => NoAnswer("Unreachable", http.Message),
        HttpRequestException http => NoAnswer("TransportError", http.Message),
        TimeoutException or TaskCanceledException => NoAnswer("Timeout", "SCP did not answer in time."),
        _ => null,
    };

    private static ScpError NoAnswer(string code, string detail) => new() { StatusCode = null, Code = code, Details = [detail], Shape = "none" };
}
