using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scp.Mcp.Server.Safety;

namespace Scp.Mcp.Server.Hosting;

/// <summary>The stdio server: an empty host (fast start-up), MCP on stdin/stdout, every log line on stderr.</summary>
internal static class StdioHost
{
    /// <summary>Builds the host; <paramref name="configure"/> may add or replace services (tests, the emulator).</summary>
    public static IHost Build(ScpServerOptions settings, Action<IServiceCollection>? configure = null, Stream? input = null, Stream? output = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.AuditLogPath == AuditLog.StandardOutput)
        {
            throw new ArgumentException(
                "--audit-log - writes audit lines to stdout, which carries the MCP messages on the stdio transport: give a file path (--audit-log /var/log/scp-mcp/audit.jsonl), or use --transport http.");
        }

        var builder = Host.CreateEmptyApplicationBuilder(settings: null);
        builder.Logging.AddServerLogging();
        ServerTelemetry.AddFromEnvironment(builder.Services);
        configure?.Invoke(builder.Services);
        var mcp = builder.Services.AddScpMcpServer(settings);
        if (input is not null && output is not null)
        {
            mcp.WithStreamServerTransport(input, output);
        }
        else
        {
            mcp.WithStdioServerTransport();
        }

        return builder.Build();
    }

    /// <summary>Runs the stdio server until stdin closes or <paramref name="cancellationToken"/> fires.</summary>
    public static async Task<int> RunAsync(ScpServerOptions settings, CancellationToken cancellationToken, Action<IServiceCollection>? configure = null)
    {
        using var host = Build(settings, configure);
        StartupChecks.Log(host.Services, settings);
        await host.RunAsync(cancellationToken);
        return 0;
    }
}
