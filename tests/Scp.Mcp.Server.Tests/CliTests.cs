using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Scp.Mcp.Server.Cli;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Mcp.Server.Modes;
using Scp.Mcp.Server.Safety;
using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Tests;

public sealed class CliTests
{
    [Fact]
    public void Parse_AllOptions_FillSettings()
    {
        var result = ScpMcpCommandLine.Create().Parse(
            "serve --transport http --urls http://127.0.0.1:5200 --read-only --toolsets file,backup --tools file_*,!*delete* "
            + "--tool-mode discover --confirm token --region kr-west1 --environment e --profile dev --audit-log /tmp/a.jsonl "
            + "--schema-dialect flat --bearer-token tok --confirm-key 0123456789abcdef0 "
            + "--auth-authority https://login.example.com/ --auth-audience https://mcp.example.com/mcp");

        var settings = ScpMcpCommandLine.Read(result);

        Assert.Empty(result.Errors);
        Assert.Equal(TransportKind.Http, settings.Transport);
        Assert.Equal("http://127.0.0.1:5200", settings.Urls);
        Assert.True(settings.ReadOnly);
        Assert.Equal(["file", "backup"], settings.Toolsets);
        Assert.Equal(["file_*", "!*delete*"], settings.ToolGlobs);
        Assert.Equal(ToolMode.Discover, settings.ToolMode);
        Assert.Equal(ConfirmPolicy.Token, settings.Confirm);
        Assert.Equal("kr-west1", settings.Region);
        Assert.Equal("e", settings.Environment);
        Assert.Equal("dev", settings.Profile);
        Assert.Equal("/tmp/a.jsonl", settings.AuditLogPath);
        Assert.Equal(ScpSchemaDialect.Flat, settings.SchemaDialect);
        Assert.Equal("tok", settings.BearerToken);
        Assert.Equal("https://login.example.com/", settings.AuthAuthority);
        Assert.Equal("https://mcp.example.com/mcp", settings.AuthAudience);
    }

    [Fact]
    public void Parse_NoOptions_DefaultsToStdioElicitAuto()
    {
        var settings = ScpMcpCommandLine.Read(ScpMcpCommandLine.Create().Parse(""));

        Assert.Equal(TransportKind.Stdio, settings.Transport);
        Assert.Equal(ConfirmPolicy.Elicit, settings.Confirm);
        Assert.Equal(ToolMode.Auto, settings.ToolMode);
        Assert.Equal("http://127.0.0.1:5100", settings.Urls);
    }

    // What the stdio-only build (the MCPB bundle's, -p:ScpHttpTransport=false) answers when serve asks for what it lacks;
    // the bundle test runs the published binary with --transport http.
    [Theory]
    [InlineData("--transport http", "--transport http is not in this binary")]
    [InlineData("--redis 127.0.0.1:6379", "--redis (or SCP_MCP_REDIS) shares confirm tokens between replicas of the HTTP server")]
    public void UnavailableInThisBuild_HttpOrRedis_NamesTheFullBuildAsTheFix(string arguments, string expected)
    {
        var message = ScpMcpCommandLine.UnavailableInThisBuild(ScpMcpCommandLine.Read(ScpMcpCommandLine.Create().Parse(arguments)));

        Assert.NotNull(message);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install -g Scp.Mcp", message, StringComparison.Ordinal);
        Assert.Contains("container image", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnavailableInThisBuild_StdioWithEmulator_IsNull()
    {
        Assert.Null(ScpMcpCommandLine.UnavailableInThisBuild(ScpMcpCommandLine.Read(ScpMcpCommandLine.Create().Parse("--emulator --confirm token"))));
    }

    [Fact]
    public void Parse_UnknownConfirmPolicy_IsAnError()
    {
        var result = ScpMcpCommandLine.Create().Parse("--confirm maybe");

        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public async Task Tools_Json_PrintsToolsListJson()
    {
        var tools = ToolCatalog.CreateTools(FixtureCatalog.Operations, new ScpServerOptions { ReadOnly = true, ToolMode = ToolMode.Full }).Select(t => t.ProtocolTool).ToList();
        var output = new StringWriter();

        await CliCommands.WriteToolsAsync(tools, json: true, output, default);

        var listed = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("tools");
        Assert.Equal(4, listed.GetArrayLength());
        Assert.Equal("backup_list_backups", listed[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Tools_Table_ShowsSafety()
    {
        var tools = ToolCatalog.CreateTools(FixtureCatalog.Operations, new ScpServerOptions()).Select(t => t.ProtocolTool).ToList();
        var output = new StringWriter();

        await CliCommands.WriteToolsAsync(tools, json: false, output, default);

        Assert.Contains(output.ToString().Split('\n'), l => l.StartsWith("file_delete_volume", StringComparison.Ordinal) && l.Contains("destructive", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(nameof(ConfirmationOutcome.Declined))]
    [InlineData(nameof(ConfirmationOutcome.Unsupported))]
    public async Task Call_DestructiveNotConfirmedOnTerminal_SendsNothingAndExits1(string answer)
    {
        var (services, invoker) = Services(new ScpServerOptions());
        using var _ = services;
        var context = new ScriptedCallContext(Enum.Parse<ConfirmationOutcome>(answer));
        var error = new StringWriter();

        var exit = await CliCommands.CallAsync(services, new ScpServerOptions(), "file_delete_volume",
            """{"volume_id":"0123456789abcdef0123456789abcdef"}""", context, new StringWriter(), error, default);

        Assert.Equal(1, exit);
        Assert.Contains("NOT RUN", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(invoker.Requests);
    }

    [Fact]
    public async Task Call_DestructiveWithoutTerminal_SaysThereIsNoTerminalAndWhatToDo()
    {
        var (services, invoker) = Services(new ScpServerOptions());
        using var _ = services;
        var context = new ConsoleCallContext(new StringReader("yes\n"), new StringWriter(), interactive: false);
        var error = new StringWriter();

        var exit = await CliCommands.CallAsync(services, new ScpServerOptions(), "file_delete_volume",
            """{"volume_id":"0123456789abcdef0123456789abcdef"}""", context, new StringWriter(), error, default);

        var message = error.ToString();
        Assert.Equal(1, exit);
        Assert.Empty(invoker.Requests);
        Assert.Contains("no terminal to ask on", message, StringComparison.Ordinal);
        Assert.Contains("--confirm never", message, StringComparison.Ordinal);
        Assert.Contains("MCP client that can ask the user", message, StringComparison.Ordinal);
        Assert.DoesNotContain("elicitation", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CallProcess_DestructiveWithStdinRedirected_ExitsWithThePlainNoTerminalMessage()
    {
        var state = Path.Combine(Path.GetTempPath(), "scp-mcp-cli-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "scp-mcp.dll"),
                "call", "archive_delete_bucket", "--args", """{"bucket_id":"0123456789abcdef0123456789abcdef"}""", "--emulator"])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["XDG_STATE_HOME"] = state;
            using var process = Process.Start(start)!;
            await process.StandardInput.WriteLineAsync("yes");
            process.StandardInput.Close();
            using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var stdout = process.StandardOutput.ReadToEndAsync(cts.Token);
            var stderr = await process.StandardError.ReadToEndAsync(cts.Token);
            await process.WaitForExitAsync(cts.Token);

            Assert.True(process.ExitCode == 1, $"exit {process.ExitCode}; stderr: {stderr}");
            Assert.Equal("", (await stdout).Trim());
            Assert.Contains("NOT RUN: archive_delete_bucket is destructive", stderr, StringComparison.Ordinal);
            Assert.Contains("no terminal to ask on", stderr, StringComparison.Ordinal);
            Assert.Contains("--confirm never", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("elicitation", stderr, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            if (Directory.Exists(state))
            {
                Directory.Delete(state, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Call_DestructiveWithConfirmNever_RunsAndPrintsJson()
    {
        var settings = new ScpServerOptions { Confirm = ConfirmPolicy.Never };
        var (services, invoker) = Services(settings);
        using var _ = services;
        invoker.AnswerJson("file_delete_volume", 200, """{"request_id":"r-2"}""");
        var output = new StringWriter();

        var exit = await CliCommands.CallAsync(services, settings, "file_delete_volume",
            """{"volume_id":"0123456789abcdef0123456789abcdef"}""", new ScriptedCallContext(), output, new StringWriter(), default);

        Assert.Equal(0, exit);
        Assert.Single(invoker.Requests);
        Assert.Contains("r-2", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nope_tool", "{}", "unknown or unavailable tool")]
    [InlineData("file_list_volumes", "[1]", "must be a JSON object")]
    [InlineData("file_list_volumes", "{oops", "not valid JSON")]
    public async Task Call_BadInput_ExplainsTheFix(string tool, string args, string message)
    {
        var (services, invoker) = Services(new ScpServerOptions());
        using var _ = services;
        var error = new StringWriter();

        var exit = await CliCommands.CallAsync(services, new ScpServerOptions(), tool, args, new ScriptedCallContext(), new StringWriter(), error, default);

        Assert.Equal(2, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(invoker.Requests);
    }

    private static (ServiceProvider Services, RecordingInvoker Invoker) Services(ScpServerOptions settings)
    {
        var invoker = new RecordingInvoker();
        var services = CliCommands.BuildServices(settings, s =>
        {
            s.AddSingleton<IReadOnlyList<ScpOperationDescriptor>>(FixtureCatalog.Operations);
            s.AddSingleton<IScpOperationInvoker>(invoker);
        });
        return (services, invoker);
    }
}
