using System.Net.Sockets;
using ModelContextProtocol;
using Scp.Sdk.Errors;

namespace Scp.Mcp.Server.Tools;

/// <summary>
/// Maps whatever the transport threw to an <see cref="ScpErrorInfo"/>. The one place that knows the transport's
/// exception types: after merging, add <c>ScpApiException</c> here (status, code, title, detail, request id).
/// Returns null for exceptions that are not call failures (programming errors), which then propagate.
/// </summary>
public static class ScpErrorTranslator
{
    /// <summary>Translates <paramref name="exception"/>, or returns null when it is not a call failure.</summary>
    public static ScpErrorInfo? Translate(Exception exception) => exception switch
    {
        ScpApiException api => new ScpErrorInfo
        {
            Status = api.StatusCode, Code = api.ErrorCode, Title = api.Title, Detail = api.Detail, RequestId = api.RequestId,
        },
        McpException mcp => new ScpErrorInfo { Code = "NotSent", Detail = mcp.Message },
        HttpRequestException { StatusCode: { } status } http => new ScpErrorInfo { Status = (int)status, Detail = http.Message },
        HttpRequestException { InnerException: SocketException } http => new ScpErrorInfo { Code = "Unreachable", Detail = http.Message },
        HttpRequestException http => new ScpErrorInfo { Code = "TransportError", Detail = http.Message },
        TimeoutException or TaskCanceledException => new ScpErrorInfo { Code = "Timeout", Detail = "SCP did not answer in time." },
        _ => null,
    };
}
