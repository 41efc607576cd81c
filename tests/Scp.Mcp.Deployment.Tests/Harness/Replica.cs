namespace Scp.Mcp.Deployment.Tests.Harness;

/// <summary>One scp-mcp replica of the topology: its name in HAProxy, its own MCP endpoint, process id and log.</summary>
public sealed record Replica(string Name, Uri Url, int Pid, string LogPath);
