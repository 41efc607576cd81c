using System.Text.Json.Nodes;
using Scp.Mcp.EndToEnd.Tests.Harness;

namespace Scp.Mcp.EndToEnd.Tests;

/// <summary>The TypeScript SDK client against <c>scp-mcp --transport http --emulator</c> over Streamable HTTP.</summary>
public sealed class SdkClientHttpTests(HttpServerFixture fixture) : SdkClientTests, IClassFixture<HttpServerFixture>
{
    /// <inheritdoc/>
    protected override JsonObject Transport => SdkSession.Http(fixture.Server.McpUrl);
}
