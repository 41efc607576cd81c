using System.Text.Json;

namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>The one JSON object <c>node/sdk-session.mjs</c> printed, with accessors for the assertions.</summary>
public sealed class SdkSessionResult(JsonElement json)
{
    /// <summary>True when initialize succeeded.</summary>
    public bool Connected => json.GetProperty("connected").GetBoolean();

    /// <summary>A session-level error (connect, tools/list), if any.</summary>
    public string? Error => json.TryGetProperty("error", out var error) ? error.GetProperty("message").GetString() : null;

    /// <summary>Number of tools listed (all pages).</summary>
    public int ToolCount => json.GetProperty("toolCount").GetInt32();

    /// <summary>The listed tools (only when the session asked for them).</summary>
    public IReadOnlyList<JsonElement> Tools => json.TryGetProperty("tools", out var tools) ? [.. tools.EnumerateArray()] : [];

    /// <summary>The server's capabilities from initialize.</summary>
    public JsonElement ServerCapabilities => json.GetProperty("serverCapabilities");

    /// <summary>The calls in order.</summary>
    public IReadOnlyList<CallOutcome> Calls => [.. json.GetProperty("calls").EnumerateArray().Select(c => new CallOutcome(c))];

    /// <summary>The messages of the elicitation requests the server sent.</summary>
    public IReadOnlyList<string> ElicitationMessages =>
        [.. json.GetProperty("elicitations").EnumerateArray().Select(e => e.GetProperty("message").GetString()!)];

    /// <summary>What the stdio server wrote to stderr.</summary>
    public string ServerStderr => json.TryGetProperty("serverStderr", out var text) ? text.GetString() ?? string.Empty : string.Empty;

    /// <summary>A compact account for assertion messages.</summary>
    public override string ToString()
    {
        var text = json.GetRawText();
        return text.Length <= 8000 ? text : text[..8000] + "...";
    }
}
