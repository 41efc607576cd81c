using System.Text.Json;
using Scp.Mcp.EndToEnd.Tests.Harness;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.EndToEnd.Tests;

/// <summary>Smoke test with the MCP Inspector CLI over stdio.</summary>
public sealed class InspectorCliTests
{
    [Fact]
    public async Task ToolsList_OverStdio_ListsEveryTool()
    {
        var listed = await InspectorCli.RunAsync("--method", "tools/list");

        var names = listed.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToHashSet();
        var expected = ScpCatalog.Operations.Where(o => o.IsCurrent && !o.Hidden).Select(o => o.ToolName).ToHashSet();
        Assert.Equal(expected.Count, names.Count);
        Assert.Subset(expected!, names!);
    }

    [Fact]
    public async Task ToolsCall_ReadToolOverStdio_ReturnsStructuredContent()
    {
        var result = await InspectorCli.RunAsync("--method", "tools/call", "--tool-name", "archive_list_buckets");

        Assert.False(result.TryGetProperty("isError", out var isError) && isError.GetBoolean(), result.GetRawText());
        Assert.Equal(JsonValueKind.Array, result.GetProperty("structuredContent").GetProperty("buckets").ValueKind);
        Assert.Contains(result.GetProperty("content").EnumerateArray(), c => c.GetProperty("type").GetString() == "text");
    }
}
