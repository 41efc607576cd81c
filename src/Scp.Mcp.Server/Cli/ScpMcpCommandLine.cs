using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Scp.Mcp.Server.Hosting;
using Scp.Mcp.Server.Modes;
using Scp.Mcp.Server.Safety;
using Scp.Mcp.Server.Tools;
using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;
using Scp.Sdk.Configuration;

namespace Scp.Mcp.Server.Cli;

/// <summary>The <c>scp-mcp</c> command line: <c>[serve]</c>, <c>tools</c>, <c>call</c> and the options of docs/server.md.</summary>
internal static class ScpMcpCommandLine
{
    private static readonly Option<string> Transport = Choice("--transport", "MCP transport: stdio (default) or http.", "stdio", "stdio", "http");
    private static readonly Option<string> Urls = new("--urls") { Description = "Addresses for --transport http (endpoint path /mcp).", DefaultValueFactory = _ => ScpServerOptions.DefaultUrls, Recursive = true };
    private static readonly Option<bool> ReadOnly = new("--read-only") { Description = "Offer and allow read operations only.", Recursive = true };
    private static readonly Option<string?> Toolsets = new("--toolsets") { Description = "Comma-separated product prefixes, the first word of tool names (scp-mcp tools lists them); default all.", Recursive = true };
    private static readonly Option<string?> Tools = new("--tools") { Description = "Comma-separated tool-name globs (* and ?; !glob excludes).", Recursive = true };
    private static readonly Option<string> Mode = Choice("--tool-mode", "auto (default): discover for clients that cap tools (VS Code, Cursor, Windsurf), full for others; full: one tool per operation; discover: search/describe/call meta-tools.", "auto", "auto", "full", "discover");
    private static readonly Option<string> Confirm = Choice("--confirm", "Confirmation of destructive calls: elicit (default), token or never.", "elicit", "elicit", "token", "never");
    private static readonly Option<bool> Emulator = new("--emulator") { Description = "Run against the embedded SCP emulator.", Recursive = true };
    private static readonly Option<string?> EmulatorStore = new("--emulator-store") { Description = "Emulator state file, so emulated resources survive a restart (default: in memory for serve, ~/.local/state/scp-mcp/emulator-store.json for call).", Recursive = true };
    private static readonly Option<string?> Region = new("--region") { Description = "SCP region, e.g. kr-west1.", Recursive = true };
    private static readonly Option<string> Environment = Choice("--environment", "SCP environment: s, g or e.", null, "s", "g", "e");
    private static readonly Option<string?> Profile = new("--profile") { Description = "Credential profile.", Recursive = true };
    private static readonly Option<string?> AuditLog = new("--audit-log") { Description = "Append a JSON line per write or destructive call to this file; - writes them to stdout (HTTP transport only).", Recursive = true };
    private static readonly Option<string> Dialect = Choice("--schema-dialect", "Tool schema dialect: default or flat (no $ref, nullable or additionalProperties).", "default", "default", "flat");
    private static readonly Option<string> Language = Choice("--language", "Text of tool and schema descriptions, also sent to SCP as Accept-Language: en (default) or ko (the docs' Korean originals); default SCP_LANGUAGE, else en.", null, "en", "ko", "en-US", "ko-KR");
    private static readonly Option<string?> Bearer = new("--bearer-token") { Description = $"Token HTTP clients must send (or {HttpHost.BearerEnvironmentVariable}); required beyond loopback.", Recursive = true };
    private static readonly Option<string?> AuthAuthority = new("--auth-authority") { Description = $"OAuth 2.1 authorization server (issuer URL) whose access tokens HTTP clients must send (or {HttpAuthentication.AuthorityEnvironmentVariable}); scopes scp.read, scp.write.", Recursive = true };
    private static readonly Option<string?> AuthAudience = new("--auth-audience") { Description = $"Audience access tokens must carry (or {HttpAuthentication.AudienceEnvironmentVariable}); default the server's MCP URL.", Recursive = true };
    private static readonly Option<string?> ConfirmKey = new("--confirm-key") { Description = "HMAC key for confirm tokens shared by replicas (or SCP_MCP_CONFIRM_KEY).", Recursive = true };
    private static readonly Option<string?> Redis = new("--redis") { Description = "Redis connection (host:port[,password=…]) for the single-use record of confirm tokens shared by replicas (or SCP_MCP_REDIS); default: this process's memory.", Recursive = true };

    /// <summary>Builds the root command.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("scp-mcp: Samsung Cloud Platform operations as MCP tools.");
        foreach (var option in new Option[] { Transport, Urls, ReadOnly, Toolsets, Tools, Mode, Confirm, Emulator, EmulatorStore, Region, Environment, Profile, AuditLog, Dialect, Language, Bearer, AuthAuthority, AuthAudience, ConfirmKey, Redis })
        {
            root.Options.Add(option);
        }

        if (!HttpCompanion.HttpAvailable)
        {
            // The stdio build alone (the MCPB bundle's; with the full build beside it, HTTP is one hand-over away): --help
            // shows what it can do. The HTTP options still parse, so a configuration written for the full build gets the
            // clear error of ServeAsync rather than "unrecognized option".
            Transport.Description = "MCP transport: stdio only in this build (http needs the full scp-mcp build or the container image).";
            AuditLog.Description = "Append a JSON line per write or destructive call to this file.";
            foreach (var option in new Option[] { Urls, Bearer, AuthAuthority, AuthAudience, Redis })
            {
                option.Hidden = true;
            }
        }

        var serve = new Command("serve", "Run the MCP server (the default).");
        serve.SetAction(ServeAsync);
        root.SetAction(ServeAsync);
        root.Subcommands.Add(serve);
        root.Subcommands.Add(CliCommands.CreateToolsCommand(Read));
        root.Subcommands.Add(CliCommands.CreateCallCommand(Read));
        return root;
    }

    /// <summary>Reads the settings from a parse result.</summary>
    public static ScpServerOptions Read(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ScpServerOptions
        {
            Transport = result.GetValue(Transport) == "http" ? TransportKind.Http : TransportKind.Stdio,
            Urls = result.GetValue(Urls) ?? ScpServerOptions.DefaultUrls,
            ReadOnly = result.GetValue(ReadOnly),
            Toolsets = ToolFilter.SplitList(result.GetValue(Toolsets)),
            ToolGlobs = ToolFilter.SplitList(result.GetValue(Tools)),
            ToolMode = result.GetValue(Mode) switch { "discover" => ToolMode.Discover, "full" => ToolMode.Full, _ => ToolMode.Auto },
            Confirm = result.GetValue(Confirm) switch { "token" => ConfirmPolicy.Token, "never" => ConfirmPolicy.Never, _ => ConfirmPolicy.Elicit },
            Emulator = result.GetValue(Emulator),
            EmulatorStorePath = result.GetValue(EmulatorStore),
            Region = result.GetValue(Region),
            Environment = result.GetValue(Environment),
            Profile = result.GetValue(Profile),
            AuditLogPath = result.GetValue(AuditLog),
            SchemaDialect = result.GetValue(Dialect) == "flat" ? ScpSchemaDialect.Flat : ScpSchemaDialect.Default,
            Language = ParseLanguage(result.GetValue(Language) ?? System.Environment.GetEnvironmentVariable("SCP_LANGUAGE")),
            BearerToken = result.GetValue(Bearer),
            AuthAuthority = result.GetValue(AuthAuthority),
            AuthAudience = result.GetValue(AuthAudience),
            ConfirmKey = result.GetValue(ConfirmKey),
            Redis = result.GetValue(Redis),
        };
    }

    private static async Task<int> ServeAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var settings = Read(result);
        if (!ServerFeatures.HttpTransport && UnavailableInThisBuild(settings) is { } unavailable)
        {
            // The RID packages ship the full build beside this one: hand it the same command line.
            if (HttpCompanion.Find(AppContext.BaseDirectory) is { } companion)
            {
                return await HttpCompanion.RunAsync(companion, System.Environment.GetCommandLineArgs()[1..], Console.Error, cancellationToken);
            }

            await Console.Error.WriteLineAsync("scp-mcp: " + unavailable);
            return 2;
        }

        _ = ToolCatalog.PrecomposeSchemasAsync(ScpCatalog.Operations, settings);
        try
        {
            await using var backend = await ScpBackend.StartAsync(settings, Console.Error, defaultStorePath: null, cancellationToken);
            void UseBackend(IServiceCollection services) => services.AddSingleton(backend.Invoker);
            return settings.Transport == TransportKind.Http && ServerFeatures.HttpTransport
                ? await HttpHost.RunAsync(settings, cancellationToken, UseBackend)
                : await StdioHost.RunAsync(settings, cancellationToken, UseBackend);
        }
        catch (ScpConfigurationException ex)
        {
            await Console.Error.WriteLineAsync("scp-mcp: " + ex.Message);
            return 2;
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync("scp-mcp: " + ex.Message);
            return 2;
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync("scp-mcp: " + ex.Message);
            return 2;
        }
    }

    /// <summary>In the stdio build: why these settings cannot run (the HTTP transport or Redis asked for), else null.</summary>
    internal static string? UnavailableInThisBuild(ScpServerOptions settings) =>
        settings.Transport == TransportKind.Http
            ? $"--transport http is not in this binary: {ServerFeatures.StdioBuildFix}."
            : SingleUseRecords.RedisConnection(settings.Redis) is not null ? SingleUseRecords.UnavailableMessage : null;

    /// <summary><c>ko</c> or <c>ko-KR</c> (any case) → Korean; anything else, or nothing, → English.</summary>
    internal static ScpTextLanguage ParseLanguage(string? value) =>
        value?.Trim() is { } text && (text.Equals("ko", StringComparison.OrdinalIgnoreCase) || text.StartsWith("ko-", StringComparison.OrdinalIgnoreCase))
            ? ScpTextLanguage.Korean
            : ScpTextLanguage.English;

    private static Option<string> Choice(string name, string description, string? defaultValue, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, Recursive = true };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
