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
        var start = new ProcessStartInfo(tool.Executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--tool-mode");
        start.ArgumentList.Add("discover");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        await process.StandardInput.WriteLineAsync(
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"packaging-test","version":"1"}}}""");
        await process.StandardInput.FlushAsync(cts.Token);
        var initialize = await process.StandardOutput.ReadLineAsync(cts.Token);
        await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","id":2,"method":"tools/list"}""");
        await process.StandardInput.FlushAsync(cts.Token);
        var toolsList = await process.StandardOutput.ReadLineAsync(cts.Token);
        process.StandardInput.Close();
        await process.WaitForExitAsync(cts.Token);

        Assert.True(initialize is not null && toolsList is not null, "no reply on stdout; stderr: " + await errors);
        using var init = JsonDocument.Parse(initialize);
        Assert.Equal("scp-mcp", init.RootElement.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
        using var list = JsonDocument.Parse(toolsList);
        Assert.Equal(2, list.RootElement.GetProperty("id").GetInt32());
        var names = list.RootElement.GetProperty("result").GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString());
        Assert.Contains("scp_search_operations", names);
    }
}
