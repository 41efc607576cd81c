using Scp.Mcp.Server.Modes;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Tests;

/// <summary>No-flag set-ups (<c>--tool-mode auto</c>, the default): each client gets a tool set that works under its cap.</summary>
public sealed class ClientToolSetTests
{
    [Theory]
    [InlineData("Visual Studio Code", 128)]
    [InlineData("Visual Studio Code - Insiders", 128)]
    [InlineData("cursor-vscode", 40)]
    public async Task NoFlags_ClientWithToolCap_GetsDiscoverToolsThatWork(string clientName, int cap)
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions(), operations: ScpCatalog.Operations, clientName: clientName);

        var tools = await server.Client.ListToolsAsync();
        var result = await server.CallAsync(DiscoverMode.SearchName, """{"query":"list file storage volumes"}""");

        Assert.True(tools.Count <= cap, $"{tools.Count} tools for {clientName}, cap {cap}");
        Assert.Equal([DiscoverMode.SearchName, DiscoverMode.DescribeName, DiscoverMode.CallReadName, DiscoverMode.CallWriteName], tools.Select(t => t.Name));
        Assert.Contains("file_list_volumes", result.StructuredContent!.Value.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("tool").GetString()));
    }

    [Theory]
    [InlineData("claude-ai")]
    [InlineData("claude-code")]
    [InlineData("some-other-client")]
    public async Task NoFlags_ClaudeOrUnknownClient_GetsOneToolPerOperation(string clientName)
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions(), operations: ScpCatalog.Operations, clientName: clientName);

        var tools = await server.Client.ListToolsAsync();

        var expected = ToolFilter.Apply(ScpCatalog.Operations, new ScpServerOptions()).Select(o => o.ToolName);
        Assert.Equal(expected, tools.Select(t => t.Name));
        Assert.DoesNotContain(tools, t => DiscoverMode.IsMetaTool(t.Name));
    }

    [Fact]
    public async Task FullFlag_ClientWithToolCap_GetsOneToolPerOperation()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { ToolMode = ToolMode.Full }, clientName: "Visual Studio Code");

        var tools = await server.Client.ListToolsAsync();

        Assert.Equal(ToolFilter.Apply(FixtureCatalog.Operations, new ScpServerOptions()).Select(o => o.ToolName), tools.Select(t => t.Name));
    }

    [Fact]
    public async Task ToolsList_ClientShownDiscoverTools_BuildsTheSearchIndexBeforeAnySearch()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions(), operations: ScpCatalog.Operations, clientName: "Visual Studio Code");
        var search = SearchToolOf(server);
        Assert.False(search.IsIndexBuilt);

        await server.Client.ListToolsAsync();

        Assert.True(search.WarmUpRequested);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!search.IsIndexBuilt && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(search.IsIndexBuilt, "the index was not built in the background within 30 s of tools/list");
    }

    [Fact]
    public async Task ToolsList_ClientShownOneToolPerOperation_LeavesTheSearchIndexUnbuilt()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions(), operations: ScpCatalog.Operations, clientName: "claude-ai");
        var search = SearchToolOf(server);

        await server.Client.ListToolsAsync();

        Assert.False(search.WarmUpRequested);
        Assert.False(search.IsIndexBuilt);
    }

    private static SearchTool SearchToolOf(McpTestServer server) =>
        server.ServerOptions.ToolCollection!.OfType<SearchTool>().Single();

    [Fact]
    public async Task Search_Hit_GivesSafetyPurposeAndRequiredArguments()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { ToolMode = ToolMode.Discover });

        var result = await server.CallAsync(DiscoverMode.SearchName, """{"query":"delete volume","limit":1}""");

        var hit = result.StructuredContent!.Value.GetProperty("results")[0];
        Assert.Equal("file_delete_volume", hit.GetProperty("tool").GetString());
        Assert.Equal("destructive", hit.GetProperty("safety").GetString());
        Assert.False(string.IsNullOrWhiteSpace(hit.GetProperty("purpose").GetString()));
        Assert.Equal("string", hit.GetProperty("required").GetProperty("volume_id").GetString());
    }
}
