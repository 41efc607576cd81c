using System.Diagnostics;
using System.Text.Json;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Packaging.Tests;

/// <summary>The framework-dependent tool package, installed with <c>dotnet tool install --add-source</c>, runs.</summary>
[Collection(PackedToolGroup.Name)]
public sealed class InstalledToolTests(PackedToolFixture tool)
{
    [Fact]
    public async Task ToolsJson_InstalledFromLocalFeed_ListsEveryCurrentCatalogueOperation()
    {
        var result = await tool.RunToolAsync("tools", "--json");

        Assert.True(result.ExitCode == 0, result.Describe());
        using var list = JsonDocument.Parse(result.Stdout);
        var names = list.RootElement.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToList();
        var expected = ScpCatalog.Operations.Where(o => o.IsCurrent && !o.Hidden).Select(o => o.ToolName).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, names);
        Assert.All(names, n => Assert.Matches("^[a-z][a-z0-9_]{0,47}$", n));
    }

    [Fact]
    public async Task ToolsJson_DiscoverMode_ListsTheMetaTools()
    {
        var result = await tool.RunToolAsync("tools", "--json", "--tool-mode", "discover");

        Assert.True(result.ExitCode == 0, result.Describe());
        using var list = JsonDocument.Parse(result.Stdout);
        var names = list.RootElement.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("scp_search_operations", names);
        Assert.Contains("scp_describe_operation", names);
        Assert.Contains("scp_call_read", names);
    }

    [Fact]
    public async Task Serve_InstalledTool_AnswersInitializeAndToolsListOnStdio()
    {
        var start = new ProcessStartInfo(tool.Executable);
        start.ArgumentList.Add("--tool-mode");
        start.ArgumentList.Add("discover");

        var probe = await McpStdioProbe.InitializeAndListToolsAsync(start, TimeSpan.FromMinutes(1));

        Assert.Equal("scp-mcp", probe.ServerName);
        Assert.Contains("scp_search_operations", probe.ToolNames);
    }
}
