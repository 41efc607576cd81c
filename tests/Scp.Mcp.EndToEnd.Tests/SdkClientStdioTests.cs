using System.Text.Json.Nodes;
using Scp.Mcp.EndToEnd.Tests.Harness;

namespace Scp.Mcp.EndToEnd.Tests;

/// <summary>The TypeScript SDK client starts <c>scp-mcp --emulator</c> and talks to it over stdio.</summary>
public sealed class SdkClientStdioTests : SdkClientTests
{
    /// <inheritdoc/>
    protected override JsonObject Transport => SdkSession.Stdio(ScpMcp.EmulatorArgs());
}
