using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scp.Mcp.Server.Modes;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Hosting;

/// <summary>What the server says when it starts (to stderr): tool count, modes, and a loud warning for <c>--confirm never</c>.</summary>
internal static partial class StartupChecks
{
    public static void Log(IServiceProvider services, ScpServerOptions settings)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("scp-mcp");
        var operations = services.GetRequiredService<IReadOnlyList<ScpOperationDescriptor>>();
        var offered = ToolFilter.Apply(operations, settings);
        LogStarted(logger, settings.Transport.ToString().ToLowerInvariant(), offered.Count, settings.ToolMode.ToString().ToLowerInvariant(),
            settings.ReadOnly, settings.Confirm.ToString().ToLowerInvariant());
        if (operations.Count == 0)
        {
            LogEmptyCatalog(logger);
        }

        if (settings.Confirm == ConfirmPolicy.Never && !settings.ReadOnly)
        {
            LogNeverConfirm(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "scp-mcp started: transport {Transport}, {Count} operations offered, tool mode {Mode}, read-only {ReadOnly}, confirm {Confirm}.")]
    private static partial void LogStarted(ILogger logger, string transport, int count, string mode, bool readOnly, string confirm);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The operation catalogue is empty: this build has no generated operations, so no tools are offered.")]
    private static partial void LogEmptyCatalog(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "!!! --confirm never: DESTRUCTIVE tools (deletes, detaches, retention cuts) run WITHOUT asking anyone. Use only for unattended automation you have reviewed. !!!")]
    private static partial void LogNeverConfirm(ILogger logger);
}
