using System.Diagnostics;
using System.Text.Json;

namespace Scp.Mcp.Server.Tests;

public sealed class StdioProcessTests
{
    [Fact]
    public async Task Serve_Stdio_WritesOnlyJsonRpcToStdoutAndLogsToStderr()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "scp-mcp.dll"), "--confirm", "never"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;

        await process.StandardInput.WriteLineAsync(
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""");
        await process.StandardInput.FlushAsync();
        var line = await process.StandardOutput.ReadLineAsync();
        process.StandardInput.Close();
        var rest = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        using var reply = JsonDocument.Parse(line!);
        Assert.Equal("scp-mcp", reply.RootElement.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
        Assert.True(string.IsNullOrWhiteSpace(rest), "unexpected stdout: " + rest);
        Assert.Contains("scp-mcp started", errors, StringComparison.Ordinal);
        Assert.Contains("--confirm never", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_StdioWithAuditLogToStdout_RefusesNamingTheOptionAndTheFix()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "scp-mcp.dll"), "--audit-log", "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;

        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--audit-log -", errors, StringComparison.Ordinal);
        Assert.Contains("--transport http", errors, StringComparison.Ordinal);
    }
}
