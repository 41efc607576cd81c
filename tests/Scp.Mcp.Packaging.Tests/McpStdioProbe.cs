using System.Diagnostics;
using System.Text.Json;

namespace Scp.Mcp.Packaging.Tests;

/// <summary>What a stdio MCP client sees first: the <c>initialize</c> answer and the <c>tools/list</c> answer.</summary>
public sealed record McpStdioProbeResult(string ServerName, IReadOnlyList<string> ToolNames, string Stderr);

/// <summary>Starts a server process as an MCP client would, sends <c>initialize</c> and <c>tools/list</c>, then closes stdin.</summary>
public static class McpStdioProbe
{
    public static async Task<McpStdioProbeResult> InitializeAndListToolsAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
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
            var stderr = await errors;

            Assert.True(initialize is not null && toolsList is not null, $"no reply on stdout from {start.FileName}; stderr:\n{stderr}");
            using var init = JsonDocument.Parse(initialize);
            using var list = JsonDocument.Parse(toolsList);
            Assert.Equal(2, list.RootElement.GetProperty("id").GetInt32());
            var names = list.RootElement.GetProperty("result").GetProperty("tools").EnumerateArray()
                .Select(t => t.GetProperty("name").GetString()!).ToList();
            var serverName = init.RootElement.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString()!;
            return new McpStdioProbeResult(serverName, names, stderr);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
