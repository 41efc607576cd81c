using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// Logging of the serving hosts: the console provider alone, every line on stderr (stdout carries MCP on stdio), our own lines from Information
/// up, but the per-request lines of ASP.NET Core (request starting/finished, executing endpoint) and of the MCP SDK
/// (handler called/completed, three per tool call) only from Warning up: at a few hundred calls a second they cost
/// more CPU than the call itself. Their warnings and errors still show.
/// </summary>
internal static class ServerLogging
{
    /// <summary>Level of our own lines.</summary>
    private const LogLevel MinimumLevel = LogLevel.Information;

    /// <summary>Level from which the per-request categories log.</summary>
    private const LogLevel PerRequestLevel = LogLevel.Warning;

    /// <summary>Categories whose Information lines are per request.</summary>
    private static readonly string[] PerRequestCategories = ["Microsoft.AspNetCore", "ModelContextProtocol"];

    /// <summary>Sets up <paramref name="logging"/> as described above (the HTTP host's builder).</summary>
    public static ILoggingBuilder AddServerLogging(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.ClearProviders();
        logging.AddConsole(ConfigureConsole);
        logging.SetMinimumLevel(MinimumLevel);
        foreach (var category in PerRequestCategories)
        {
            logging.AddFilter(category, PerRequestLevel);
        }

        return logging;
    }

    /// <summary>
    /// The same logging as a factory built by hand (the stdio host): the console provider on stderr and the same levels,
    /// plus <paramref name="others"/> (providers registered by others, such as the OpenTelemetry export). Built without
    /// <c>AddLogging</c>, whose options monitors and their open generic types (<c>IOptionsMonitor&lt;T&gt;</c> of the
    /// filter, the console and three formatters) Native AOT builds at run time on first use: a quarter of the stdio start.
    /// </summary>
    public static ILoggerFactory CreateFactory(IEnumerable<ILoggerProvider> others)
    {
        var filter = new LoggerFilterOptions { MinLevel = MinimumLevel };
        foreach (var category in PerRequestCategories)
        {
            filter.Rules.Add(new LoggerFilterRule(providerName: null, category, PerRequestLevel, filter: null));
        }

        var console = new ConsoleLoggerOptions();
        ConfigureConsole(console);
        var factory = new LoggerFactory(others, new FixedOptions<LoggerFilterOptions>(filter));

        // Added, not passed to the constructor, so the factory disposes it: the console queue is flushed at exit.
        factory.AddProvider(new ConsoleLoggerProvider(new FixedOptions<ConsoleLoggerOptions>(console)));
        return factory;
    }

    private static void ConfigureConsole(ConsoleLoggerOptions options) => options.LogToStandardErrorThreshold = LogLevel.Trace;

    /// <summary>Options that never change (no configuration source on stdio).</summary>
    private sealed class FixedOptions<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;

        public T Get(string? name) => value;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
