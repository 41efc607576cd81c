using System.Text.Json;
using ModelContextProtocol;
using Scp.Mcp.Server.Modes;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Mcp.Server.Tools;
using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Mcp.Server.Tests;

public sealed class ModeTests
{
    [Fact]
    public async Task ReadOnly_ToolsList_HasOnlyReadTools()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { ReadOnly = true });

        var tools = await server.Client.ListToolsAsync();

        Assert.Equal(["backup_list_backups", "file_list_volume_names", "file_list_volumes", "file_show_volume"], tools.Select(t => t.Name));
        Assert.All(tools, t => Assert.True(t.ProtocolTool.Annotations!.ReadOnlyHint));
    }

    [Fact]
    public async Task ReadOnly_CallingWriteTool_FailsAndSendsNothing()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { ReadOnly = true });

        var error = await Assert.ThrowsAnyAsync<McpException>(() => server.CallAsync("file_create_volume", """{"body":{"name":"data_vol","protocol":"NFS"}}"""));

        Assert.Contains("file_create_volume", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Invoker.Requests);
    }

    [Theory]
    [InlineData("backup", "", "backup_cancel_backup,backup_list_backups")]
    [InlineData("", "file_list_*,*_show_*", "file_list_volume_names,file_list_volumes,file_show_volume")]
    [InlineData("file", "!*_volume_names,file_*volume*", "file_create_volume,file_delete_volume,file_list_volumes,file_show_volume,file_update_volume")]
    [InlineData("file,backup", "*cancel*", "backup_cancel_backup")]
    public async Task Filters_ToolsetsAndGlobs_SelectTools(string toolsets, string globs, string expected)
    {
        var settings = new ScpServerOptions { Toolsets = ToolFilter.SplitList(toolsets), ToolGlobs = ToolFilter.SplitList(globs) };
        await using var server = await McpTestServer.StartAsync(settings);

        var tools = await server.Client.ListToolsAsync();

        Assert.Equal(expected.Split(','), tools.Select(t => t.Name));
    }

    [Fact]
    public void Filters_UnknownToolset_ThrowsListingKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ToolFilter.Apply(FixtureCatalog.Operations, new ScpServerOptions { Toolsets = ["files"] }));

        Assert.Contains("unknown toolset 'files'", error.Message, StringComparison.Ordinal);
        Assert.Contains("backup, file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_ToolsList_IsFourMetaToolsWithinTokenBudget()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { ToolMode = ToolMode.Discover });

        var tools = await server.Client.ListToolsAsync();
        var json = await server.ListToolsJsonAsync();

        Assert.Equal([DiscoverMode.SearchName, DiscoverMode.DescribeName, DiscoverMode.CallReadName, DiscoverMode.CallWriteName], tools.Select(t => t.Name));
        Assert.True(json.Length / 4 <= 1500, $"discover tools/list is {json.Length / 4} tokens (bytes/4)");
        var annotations = tools.ToDictionary(t => t.Name, t => t.ProtocolTool.Annotations!);
        Assert.True(annotations[DiscoverMode.SearchName].ReadOnlyHint);
        Assert.True(annotations[DiscoverMode.CallReadName].ReadOnlyHint);
        Assert.False(annotations[DiscoverMode.CallWriteName].ReadOnlyHint);
        Assert.True(annotations[DiscoverMode.CallWriteName].DestructiveHint);
    }

    [Fact]
    public async Task Discover_ReadOnly_HasNoWriteCallTool()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { ToolMode = ToolMode.Discover, ReadOnly = true });

        var tools = await server.Client.ListToolsAsync();

        Assert.DoesNotContain(tools, t => t.Name == DiscoverMode.CallWriteName);
    }

    [Fact]
    public async Task Discover_Search_RanksMatchingOperationsFirst()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { ToolMode = ToolMode.Discover });

        var result = await server.CallAsync(DiscoverMode.SearchName, """{"query":"delete volume","limit":3}""");

        var names = result.StructuredContent!.Value.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("tool").GetString()).ToList();
        Assert.Equal("file_delete_volume", names[0]);
        Assert.Equal(3, names.Count);
    }

    [Fact]
    public async Task Discover_Describe_ReturnsFullSchemaAndSafety()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { ToolMode = ToolMode.Discover });

        var result = await server.CallAsync(DiscoverMode.DescribeName, """{"tool":"file_create_volume"}""");

        var description = result.StructuredContent!.Value;
        Assert.Equal("write", description.GetProperty("safety").GetString());
        Assert.Equal(DiscoverMode.CallWriteName, description.GetProperty("call_with").GetString());
        Assert.True(description.GetProperty("inputSchema").GetProperty("properties").GetProperty("body").GetProperty("properties").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task Discover_CallRead_RunsReadOperationAndRefusesWriteOne()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { ToolMode = ToolMode.Discover });
        server.Invoker.AnswerJson("file_list_volumes", 200, """{"count":0,"volumes":[]}""");

        var read = await server.CallAsync(DiscoverMode.CallReadName, """{"tool":"file_list_volumes","arguments":{"limit":5}}""");
        var write = await server.CallAsync(DiscoverMode.CallReadName, """{"tool":"file_create_volume","arguments":{}}""");

        Assert.False(read.IsError);
        Assert.Equal(0, read.StructuredContent!.Value.GetProperty("count").GetInt32());
        Assert.True(write.IsError);
        Assert.Contains(DiscoverMode.CallWriteName, write.Text(), StringComparison.Ordinal);
        Assert.Equal("file_list_volumes", Assert.Single(server.Invoker.Requests).Operation.ToolName);
    }

    [Fact]
    public async Task Discover_CallWriteDestructive_GoesThroughTheGate()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { ToolMode = ToolMode.Discover },
            elicit: _ => new ModelContextProtocol.Protocol.ElicitResult { Action = "decline" });

        var result = await server.CallAsync(DiscoverMode.CallWriteName,
            """{"tool":"file_delete_volume","arguments":{"volume_id":"0123456789abcdef0123456789abcdef"}}""");

        Assert.True(result.IsError);
        Assert.Contains("the user declined", result.Text(), StringComparison.Ordinal);
        Assert.Empty(server.Invoker.Requests);
    }

    [Fact]
    public async Task Discover_CallWriteInvalidArguments_ReportsFieldAndSendsNothing()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { ToolMode = ToolMode.Discover });

        var result = await server.CallAsync(DiscoverMode.CallWriteName, """{"tool":"file_create_volume","arguments":{"body":{"name":"data_vol"}}}""");

        Assert.True(result.IsError);
        Assert.Contains("body.protocol: required field is missing", result.Text(), StringComparison.Ordinal);
        Assert.Empty(server.Invoker.Requests);
    }

    [Fact]
    public async Task Discover_CallWriteWithTokenPolicy_RunsOnlyWhenRepeatedWithTheToken()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { ToolMode = ToolMode.Discover, Confirm = ConfirmPolicy.Token });
        const string call = """{"tool":"file_delete_volume","arguments":{"volume_id":"0123456789abcdef0123456789abcdef"}""";

        var first = await server.CallAsync(DiscoverMode.CallWriteName, call + "}");
        var token = System.Text.RegularExpressions.Regex.Match(first.Text(), "\"confirm_token\": \"([^\"]+)\"").Groups[1].Value;
        Assert.Empty(server.Invoker.Requests);

        var second = await server.CallAsync(DiscoverMode.CallWriteName, call + $",\"confirm_token\":\"{token}\"}}");

        Assert.True(first.IsError);
        Assert.False(second.IsError, second.Text());
        Assert.Single(server.Invoker.Requests);
    }

    [Fact]
    public async Task FlatDialect_ToolsList_HasNoRefs()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { SchemaDialect = Scp.Sdk.Catalog.Schemas.ScpSchemaDialect.Flat });

        var json = await server.ListToolsJsonAsync();

        Assert.DoesNotContain("$ref", json, StringComparison.Ordinal);
        Assert.Equal(8, JsonDocument.Parse(json).RootElement.GetArrayLength());
    }
}

/// <summary>The background schema composition that overlaps host start-up (<see cref="ToolCatalog.PrecomposeSchemasAsync"/>).</summary>
public sealed class PrecomposeTests
{
    [Fact]
    public async Task PrecomposeSchemasAsync_ThenCreateTools_ToolsUseTheSchemasComposedInTheBackground()
    {
        var settings = new ScpServerOptions { SchemaDialect = ScpSchemaDialect.Flat, ToolMode = ToolMode.Full };
        var offered = ToolFilter.Apply(FixtureCatalog.Operations, settings);

        await ToolCatalog.PrecomposeSchemasAsync(FixtureCatalog.Operations, settings);
        var precomposed = offered.Select(o => ScpSchemaComposer.Compose(o, ScpSchemaDialect.Flat)).ToList();
        var tools = ToolCatalog.CreateTools(FixtureCatalog.Operations, settings);

        Assert.Equal(offered.Select(o => o.ToolName), tools.Select(t => t.ProtocolTool.Name));
        for (var i = 0; i < offered.Count; i++)
        {
            Assert.Same(precomposed[i], ScpSchemaComposer.Compose(offered[i], ScpSchemaDialect.Flat));
            Assert.Equal(precomposed[i].Output.GetRawText(), tools[i].ProtocolTool.OutputSchema!.Value.GetRawText());
            Assert.DoesNotContain("$defs", tools[i].ProtocolTool.InputSchema.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PrecomposeSchemasAsync_UnknownToolset_CompletesQuietlyAndCreateToolsNamesTheToolset()
    {
        var settings = new ScpServerOptions { Toolsets = ["files"] };

        await ToolCatalog.PrecomposeSchemasAsync(FixtureCatalog.Operations, settings);
        var error = Assert.Throws<ArgumentException>(() => ToolCatalog.CreateTools(FixtureCatalog.Operations, settings));

        Assert.Contains("'files'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrecomposeSchemasAsync_DiscoverMode_ComposesNothing()
    {
        var task = ToolCatalog.PrecomposeSchemasAsync(FixtureCatalog.Operations, new ScpServerOptions { ToolMode = ToolMode.Discover });

        Assert.True(task.IsCompletedSuccessfully);
        await task;
    }
}
