using System.Text.Json.Nodes;

namespace Scp.Mcp.Tests.Common;

/// <summary>
/// The HTTP handler under an MCP client (C# SDK <c>HttpClientTransport</c>): records the JSON-RPC params of every
/// <c>tools/call</c> the client posts (so a test can see and replay an MRTR retry's <c>requestState</c>), which endpoint
/// and which replica (<c>X-Scp-Replica</c>, set by the proxy) answered it, and optionally sends the n-th
/// <c>tools/call</c> (0-based) to another endpoint.
/// </summary>
internal sealed class ToolCallRecorder(Func<int, Uri?>? route = null) : DelegatingHandler(new HttpClientHandler())
{
    private readonly List<RecordedToolCall> _calls = [];

    /// <summary>The <c>tools/call</c> requests sent so far, in order.</summary>
    public IReadOnlyList<RecordedToolCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Post || request.Content is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var body = await request.Content.ReadAsStringAsync(cancellationToken);
        if (JsonNode.Parse(body) is not JsonObject { } message || message["method"]?.GetValue<string>() != "tools/call")
        {
            return await base.SendAsync(request, cancellationToken);
        }

        int index;
        lock (_calls)
        {
            index = _calls.Count;
            _calls.Add(null!);
        }

        if (route?.Invoke(index) is { } target)
        {
            request.RequestUri = target;
        }

        var response = await base.SendAsync(request, cancellationToken);
        var replica = response.Headers.TryGetValues("x-scp-replica", out var values) ? values.FirstOrDefault() : null;
        lock (_calls)
        {
            _calls[index] = new RecordedToolCall((JsonObject)message["params"]!.DeepClone(), request.RequestUri!, replica);
        }

        return response;
    }
}

/// <summary>One recorded <c>tools/call</c>: its params, the endpoint it was sent to, and the replica that answered (via a proxy).</summary>
internal sealed record RecordedToolCall(JsonObject Params, Uri Url, string? Replica)
{
    /// <summary>The MRTR state the call carried back, when it is a retry.</summary>
    public string? RequestState => Params["requestState"]?.GetValue<string>();
}
