using System.Text.Json;

namespace Scp.Mcp.Deployment.Tests.Harness;

/// <summary>One HTTP answer of the MCP endpoint: status, answering replica, session id and the JSON-RPC answer.</summary>
public sealed record McpResponse(int Status, string? Replica, string? SessionId, JsonElement? Message, string Body)
{
    /// <summary>The JSON-RPC result, when the answer has one.</summary>
    public JsonElement? Result => Message is { } m && m.TryGetProperty("result", out var result) ? result : null;

    /// <summary>True for a tools/call result the server marked <c>isError</c>.</summary>
    public bool IsToolError => Result is { } r && r.TryGetProperty("isError", out var flag) && flag.ValueKind == JsonValueKind.True;

    /// <summary>True when the call answered 200 with a result that is not an error.</summary>
    public bool Succeeded => Status == 200 && Result is not null && !IsToolError;

    /// <summary>The text of a tools/call result.</summary>
    public string Text => Result is { } r && r.TryGetProperty("content", out var content)
        ? string.Join("\n", content.EnumerateArray().Where(c => c.TryGetProperty("text", out _)).Select(c => c.GetProperty("text").GetString()))
        : string.Empty;

    /// <summary>The structuredContent of a tools/call result.</summary>
    public JsonElement Structured => Result!.Value.GetProperty("structuredContent");

    /// <inheritdoc/>
    public override string ToString() => $"HTTP {Status} from {Replica ?? "?"}: {(Body.Length <= 2000 ? Body : Body[..2000] + "...")}";
}
