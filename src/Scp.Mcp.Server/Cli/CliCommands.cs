using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using Scp.Mcp.Server.Hosting;
using Scp.Mcp.Server.Modes;
using Scp.Mcp.Server.Safety;
using Scp.Mcp.Server.Tools;
using Scp.Sdk.Catalog;
using Scp.Sdk.Configuration;

namespace Scp.Mcp.Server.Cli;

/// <summary><c>scp-mcp tools [--json]</c> and <c>scp-mcp call &lt;tool&gt; --args '&lt;json&gt;'</c> for humans and scripts.</summary>
internal static class CliCommands
{
    /// <summary>Creates <c>tools</c>.</summary>
    public static Command CreateToolsCommand(Func<ParseResult, ScpServerOptions> read)
    {
        var json = new Option<bool>("--json") { Description = "Print the tools/list JSON." };
        var command = new Command("tools", "List the tools the server offers with these options.") { json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = read(result);
            using var services = BuildServices(settings, null);
            try
            {
                var tools = ToolCatalog.CreateTools(services.GetRequiredService<IReadOnlyList<ScpOperationDescriptor>>(), settings);
                var mode = ClientToolSets.Resolve(settings.ToolMode, null);
                await WriteToolsAsync(tools.Where(t => ClientToolSets.IsListed(t.ProtocolTool.Name, mode)).Select(t => t.ProtocolTool).ToList(), result.GetValue(json), Console.Out, cancellationToken);
                return 0;
            }
            catch (ArgumentException ex)
            {
                await Console.Error.WriteLineAsync("scp-mcp: " + ex.Message);
                return 2;
            }
        });
        return command;
    }

    /// <summary>Creates <c>call</c>.</summary>
    public static Command CreateCallCommand(Func<ParseResult, ScpServerOptions> read)
    {
        var tool = new Argument<string>("tool") { Description = "Tool name, e.g. file_list_volumes." };
        var args = new Option<string>("--args") { Description = "Arguments as a JSON object.", DefaultValueFactory = _ => "{}" };
        var command = new Command("call", "Run one tool; destructive ones ask on the terminal unless --confirm never.") { tool, args };
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = read(result);
            var cliSettings = new ScpServerOptions
            {
                ReadOnly = settings.ReadOnly, Toolsets = settings.Toolsets, ToolGlobs = settings.ToolGlobs,
                Confirm = settings.Confirm == ConfirmPolicy.Never ? ConfirmPolicy.Never : ConfirmPolicy.Elicit,
                Region = settings.Region, Environment = settings.Environment, Profile = settings.Profile,
                AuditLogPath = settings.AuditLogPath, Emulator = settings.Emulator, EmulatorStorePath = settings.EmulatorStorePath,
            };
            ScpBackend backend;
            try
            {
                backend = await ScpBackend.StartAsync(cliSettings, Console.Error, ScpBackend.DefaultCallStorePath(), cancellationToken);
            }
            catch (ScpConfigurationException ex)
            {
                await Console.Error.WriteLineAsync("scp-mcp: " + ex.Message);
                return 2;
            }

            await using (backend)
            {
                using var services = BuildServices(cliSettings, s => s.AddSingleton(backend.Invoker));
                var context = new ConsoleCallContext(Console.In, Console.Error, !Console.IsInputRedirected);
                return await CallAsync(services, cliSettings, result.GetValue(tool)!, result.GetValue(args) ?? "{}", context, Console.Out, Console.Error, cancellationToken);
            }
        });
        return command;
    }

    /// <summary>Builds the call pipeline without an MCP transport.</summary>
    public static ServiceProvider BuildServices(ScpServerOptions settings, Action<IServiceCollection>? configure)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
        configure?.Invoke(services);
        services.AddScpCallPipeline(settings);
        return services.BuildServiceProvider();
    }

    /// <summary>Runs one call and prints its result: the JSON on <paramref name="output"/>, errors on <paramref name="error"/>. Exit code 0 or 1.</summary>
    public static async Task<int> CallAsync(
        IServiceProvider services, ScpServerOptions settings, string toolName, string argumentsJson, IToolCallContext context,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var operations = ToolFilter.Apply(services.GetRequiredService<IReadOnlyList<ScpOperationDescriptor>>(), settings);
        var operation = operations.FirstOrDefault(o => o.ToolName == toolName);
        if (operation is null)
        {
            await error.WriteLineAsync($"scp-mcp: unknown or unavailable tool '{toolName}'. List tools with: scp-mcp tools");
            return 2;
        }

        Dictionary<string, JsonElement> arguments;
        try
        {
            using var document = JsonDocument.Parse(argumentsJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                await error.WriteLineAsync("scp-mcp: --args must be a JSON object, e.g. --args '{\"volume_id\":\"...\"}'.");
                return 2;
            }

            arguments = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        }
        catch (JsonException ex)
        {
            await error.WriteLineAsync($"scp-mcp: --args is not valid JSON: {ex.Message}");
            return 2;
        }

        CallToolResult result;
        try
        {
            result = await services.GetRequiredService<OperationExecutor>().ExecuteAsync(operation, arguments, context, cancellationToken);
        }
        catch (McpException ex)
        {
            await error.WriteLineAsync("scp-mcp: " + ex.Message);
            return 1;
        }

        if (result.IsError == true)
        {
            foreach (var block in result.Content.OfType<TextContentBlock>())
            {
                await error.WriteLineAsync(block.Text);
            }

            return 1;
        }

        await output.WriteLineAsync((result.StructuredContent is { } structured ? ResultBuilder.TextCopy(structured) : null) ?? string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text)));
        return 0;
    }

    /// <summary>Writes the tool list: a table, or the <c>tools/list</c> JSON.</summary>
    public static async Task WriteToolsAsync(IList<Tool> tools, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentNullException.ThrowIfNull(output);
        if (json)
        {
            var typeInfo = McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ListToolsResult));
            await output.WriteLineAsync(JsonSerializer.Serialize(new ListToolsResult { Tools = tools }, typeInfo));
            return;
        }

        foreach (var tool in tools)
        {
            var annotations = tool.Annotations;
            var safety = annotations?.ReadOnlyHint == true ? "read" : annotations?.DestructiveHint == true ? "destructive" : "write";
            await output.WriteLineAsync($"{tool.Name,-48} {safety,-11} {tool.Title}".AsMemory(), cancellationToken);
        }
    }
}
