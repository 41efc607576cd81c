using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scp.Mcp.Deployment.Tests.Harness;

/// <summary>
/// A plain MCP client over Streamable HTTP (protocol 2025-11-25), written with HttpClient so the tests see what a
/// proxy sees: the <c>mcp-session-id</c> header, HTTP statuses, and which replica answered (<c>X-Scp-Replica</c>).
/// </summary>
public sealed class McpHttpSession
{
    /// <summary>The protocol revision this client speaks.</summary>
    public const string ProtocolVersion = "2025-11-25";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(90) };
    private int _nextId = 1;

    private McpHttpSession(Uri url) => Url = url;

    /// <summary>The endpoint (proxy or one replica).</summary>
    public Uri Url { get; }

    /// <summary>The session id the server gave at initialize.</summary>
    public string? SessionId { get; private set; }

    /// <summary>The replica that answered initialize.</summary>
    public string? Replica { get; private set; }

    /// <summary>Initializes a session at <paramref name="url"/>; throws when the server does not answer 200.</summary>
    public static async Task<McpHttpSession> StartAsync(Uri url)
    {
        var session = new McpHttpSession(url);
        var initialize = await session.SendAsync("initialize", new JsonObject
        {
            ["protocolVersion"] = ProtocolVersion,
            ["capabilities"] = new JsonObject(),
            ["clientInfo"] = new JsonObject { ["name"] = "scp-mcp-topology-tests", ["version"] = "1" },
        });
        if (initialize.Status != 200 || initialize.Result is null)
        {
            throw new InvalidOperationException($"initialize at {url} failed: {initialize}");
        }

        session.SessionId = initialize.SessionId;
        session.Replica = initialize.Replica;
        var initialized = await session.SendAsync("notifications/initialized", null, notification: true);
        if (initialized.Status is not (200 or 202))
        {
            throw new InvalidOperationException($"notifications/initialized at {url} failed: {initialized}");
        }

        return session;
    }

    /// <summary>Calls a tool.</summary>
    public Task<McpResponse> CallToolAsync(string name, JsonObject? arguments = null) =>
        SendAsync("tools/call", new JsonObject { ["name"] = name, ["arguments"] = arguments ?? new JsonObject() });

    /// <summary>Sends one JSON-RPC request (or notification) in this session.</summary>
    public async Task<McpResponse> SendAsync(string method, JsonObject? parameters, bool notification = false)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        var id = _nextId++;
        if (!notification)
        {
            message["id"] = id;
        }

        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Url)
        {
            Content = new StringContent(message.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (SessionId is not null)
        {
            request.Headers.Add("mcp-session-id", SessionId);
            request.Headers.Add("mcp-protocol-version", ProtocolVersion);
        }

        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var replica = response.Headers.TryGetValues("x-scp-replica", out var values) ? values.FirstOrDefault() : null;
        var sessionId = response.Headers.TryGetValues("mcp-session-id", out var ids) ? ids.FirstOrDefault() : null;
        var answer = notification ? null : FindAnswer(body, id);
        return new McpResponse((int)response.StatusCode, replica, sessionId, answer, body);
    }

    private static JsonElement? FindAnswer(string body, int id)
    {
        // An SSE stream ("data: {…}" lines, possibly notifications first) or one JSON object.
        var candidates = body.TrimStart().StartsWith('{')
            ? [body]
            : body.Split('\n').Where(l => l.StartsWith("data:", StringComparison.Ordinal)).Select(l => l[5..].Trim());
        foreach (var candidate in candidates)
        {
            try
            {
                using var document = JsonDocument.Parse(candidate);
                if (document.RootElement.TryGetProperty("id", out var answerId) && answerId.ValueKind == JsonValueKind.Number && answerId.GetInt32() == id)
                {
                    return document.RootElement.Clone();
                }
            }
            catch (JsonException)
            {
                // Not a JSON-RPC message: skip.
            }
        }

        return null;
    }
}
