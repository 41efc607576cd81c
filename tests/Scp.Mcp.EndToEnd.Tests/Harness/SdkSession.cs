using System.Text.Json.Nodes;

namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>Runs one session of the official TypeScript SDK client (<c>node/sdk-session.mjs</c>) against scp-mcp.</summary>
public static class SdkSession
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The client starts <c>dotnet scp-mcp.dll &lt;args&gt;</c> itself and talks over stdio.</summary>
    public static JsonObject Stdio(IEnumerable<string> serverArgs)
    {
        var env = new JsonObject();
        foreach (var (key, value) in ScpMcp.Environment)
        {
            env[key] = value;
        }

        return new JsonObject
        {
            ["transport"] = "stdio",
            ["command"] = ScpMcp.Host,
            ["args"] = new JsonArray([.. serverArgs.Select(a => (JsonNode)a)]),
            ["env"] = env,
        };
    }

    /// <summary>The client connects to a running server over Streamable HTTP.</summary>
    public static JsonObject Http(Uri url) => new() { ["transport"] = "http", ["url"] = url.ToString() };

    /// <summary>
    /// Connects, lists tools, makes <paramref name="calls"/>. <paramref name="elicitation"/> is the answer to every
    /// elicitation request (<c>accept</c>, <c>decline</c>, <c>cancel</c>), or null for a client that declares no elicitation.
    /// </summary>
    public static Task<SdkSessionResult> RunAsync(JsonObject transport, string? elicitation, bool listTools, params ToolCall[] calls)
        => RunAsync(transport, elicitation, listTools, Timeout, calls);

    /// <summary>As above, for sessions that take longer than the default 90 s (many calls that wait for resources).</summary>
    public static async Task<SdkSessionResult> RunAsync(JsonObject transport, string? elicitation, bool listTools, TimeSpan timeout, params ToolCall[] calls)
    {
        ArgumentNullException.ThrowIfNull(transport);
        var session = (JsonObject)transport.DeepClone();
        session["elicitation"] = elicitation;
        session["listTools"] = listTools;
        session["calls"] = new JsonArray([.. calls.Select(c => (JsonNode)new JsonObject
        {
            ["name"] = c.Name,
            ["arguments"] = c.Arguments?.DeepClone() ?? new JsonObject(),
        })]);
        var result = new SdkSessionResult(await NodeHarness.RunScriptAsync("sdk-session.mjs", session, timeout));
        Assert.True(result.Connected && result.Error is null, "The TypeScript client could not connect or list tools:\n" + result);
        return result;
    }
}
