using Microsoft.Extensions.Logging;

namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// Logging of the serving hosts: the console provider alone, every line on stderr (stdout carries MCP on stdio), our own lines from Information
/// up, but the per-request lines of ASP.NET Core (request starting/finished, executing endpoint) and of the MCP SDK
/// (handler called/completed, three per tool call) only from Warning up: at a few hundred calls a second they cost
/// more CPU than the call itself. Their warnings and errors still show.
/// </summary>
internal static class ServerLogging
{
    /// <summary>Categories whose Information lines are per request.</summary>
    private static readonly string[] PerRequestCategories = ["Microsoft.AspNetCore", "ModelContextProtocol"];

    /// <summary>Sets up <paramref name="logging"/> as described above.</summary>
    public static ILoggingBuilder AddServerLogging(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.ClearProviders();
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(LogLevel.Information);
        foreach (var category in PerRequestCategories)
        {
            logging.AddFilter(category, LogLevel.Warning);
        }

        return logging;
    }
}
