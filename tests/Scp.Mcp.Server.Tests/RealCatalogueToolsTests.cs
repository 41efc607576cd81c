using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Tests;

/// <summary>The tools the server offers from the real, generated catalogue (all 7 products).</summary>
public sealed class RealCatalogueToolsTests
{
    [Fact]
    public async Task ToolsList_RealCatalogue_MatchesSnapshot()
    {
        await using var server = await McpTestServer.StartAsync(operations: ScpCatalog.Operations);

        var json = await server.ListToolsJsonAsync();

        var pretty = JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        SnapshotGuard.Match(pretty, "ToolsList_RealCatalogue");
    }

    [Fact]
    public async Task ToolsList_RealCatalogue_OneToolPerCurrentOperationWithConsistentAnnotations()
    {
        await using var server = await McpTestServer.StartAsync(operations: ScpCatalog.Operations);
        var current = ScpCatalog.Operations.Where(o => o.IsCurrent && !o.Hidden).ToDictionary(o => o.ToolName);

        var tools = await server.Client.ListToolsAsync();

        Assert.Equal(148, current.Count);
        Assert.Equal(current.Keys.Order(StringComparer.Ordinal), tools.Select(t => t.Name));
        foreach (var tool in tools)
        {
            var operation = current[tool.Name];
            var annotations = tool.ProtocolTool.Annotations!;
            Assert.Equal(operation.Safety == ScpSafety.Read, annotations.ReadOnlyHint);
            Assert.Equal(operation.Safety == ScpSafety.Destructive, annotations.DestructiveHint);
            Assert.Equal(operation.Method is "PUT" or "DELETE", annotations.IdempotentHint);
            Assert.True(annotations.OpenWorldHint);
            Assert.Matches("^[a-z][a-z0-9_]*$", tool.Name);
            Assert.True(tool.Name.Length <= 48, tool.Name);
            Assert.Equal("object", tool.ProtocolTool.InputSchema.GetProperty("type").GetString());
            Assert.Equal("object", tool.ProtocolTool.OutputSchema!.Value.GetProperty("type").GetString());
            Assert.DoesNotContain("#/components/schemas/", tool.ProtocolTool.InputSchema.GetRawText(), StringComparison.Ordinal);
        }
    }
}
