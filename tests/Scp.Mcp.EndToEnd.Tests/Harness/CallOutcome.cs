using System.Text.Json;

namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>What the TypeScript client saw for one <c>tools/call</c>.</summary>
public sealed class CallOutcome(JsonElement json)
{
    /// <summary>The tool name.</summary>
    public string Name => json.GetProperty("name").GetString()!;

    /// <summary>The error the client raised (protocol error, or its structuredContent/outputSchema validation), if any.</summary>
    public string? ClientError => json.TryGetProperty("error", out var error) ? error.GetProperty("message").GetString() : null;

    /// <summary>True when the result carried <c>isError: true</c>.</summary>
    public bool IsError => Result is { } result && result.TryGetProperty("isError", out var flag) && flag.ValueKind == JsonValueKind.True;

    /// <summary>All text content items, joined.</summary>
    public string Text => Result is { } result && result.TryGetProperty("content", out var content)
        ? string.Join("\n", content.EnumerateArray().Where(c => c.GetProperty("type").GetString() == "text").Select(c => c.GetProperty("text").GetString()))
        : string.Empty;

    /// <summary>The structuredContent, when the result has one.</summary>
    public JsonElement? StructuredContent => Result is { } result && result.TryGetProperty("structuredContent", out var structured) ? structured : null;

    /// <summary>True when the listed tool declared an outputSchema (so the client validated structuredContent).</summary>
    public bool HasOutputSchema => json.TryGetProperty("hasOutputSchema", out var flag) && flag.ValueKind == JsonValueKind.True;

    /// <summary>How many elicitation requests the server sent while this call ran.</summary>
    public int ElicitationsDuring => json.GetProperty("elicitationsAfter").GetInt32() - json.GetProperty("elicitationsBefore").GetInt32();

    /// <summary>The call's record as the script printed it, for assertion messages.</summary>
    public override string ToString() => json.GetRawText();

    private JsonElement? Result => json.TryGetProperty("result", out var result) ? result : null;
}
