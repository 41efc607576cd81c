using System.Text.Json.Nodes;

namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>One <c>tools/call</c> a session makes. A string argument <c>$call[N].field</c> takes field of call N's structuredContent.</summary>
public sealed record ToolCall(string Name, JsonObject? Arguments = null);
