using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Scp.Mcp.Server.Safety;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// The stdio server, without the generic host: a plain service provider holding our services and the server logging
/// (every line on stderr; the logger factory built by hand, see <see cref="ServerLogging.CreateFactory"/>), and one MCP
/// server created over stdin/stdout. The generic host's own services (configuration,
/// lifetime, options of hosting) cost a third of the start-up under Native AOT and nothing here needs them. Hosted
/// services registered by others (the OpenTelemetry export) are started and stopped as a host would.
/// </summary>
internal sealed class StdioHost : IHost, IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly McpServer _server;
    private readonly CancellationTokenSource _stopping = new();
    private IHostedService[] _hosted = [];
    private Task? _running;

    private StdioHost(ServiceProvider services, McpServer server)
    {
        _services = services;
        _server = server;
    }

    /// <inheritdoc/>
    public IServiceProvider Services => _services;

    /// <summary>The MCP server this host runs.</summary>
    public McpServer Server => _server;

    /// <summary>
    /// Builds the server; <paramref name="configure"/> may add or replace services (tests, the emulator); MCP runs on
    /// <paramref name="input"/> and <paramref name="output"/> when both are given, otherwise on stdin/stdout.
    /// </summary>
    public static IHost Build(ScpServerOptions settings, Action<IServiceCollection>? configure = null, Stream? input = null, Stream? output = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.AuditLogPath == AuditLog.StandardOutput)
        {
            throw new ArgumentException(
                "--audit-log - writes audit lines to stdout, which carries the MCP messages on the stdio transport: give a file path (--audit-log /var/log/scp-mcp/audit.jsonl)"
                + (HttpCompanion.HttpAvailable ? ", or use --transport http." : "."));
        }

        var services = new ServiceCollection();
        services.AddSingleton(sp => ServerLogging.CreateFactory(sp.GetServices<ILoggerProvider>()));
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        ServerTelemetry.AddFromEnvironment(services);
        configure?.Invoke(services);
        services.AddScpCallPipeline(settings);
        var provider = services.BuildServiceProvider();
        var options = ScpServerRegistration.ConfigureServer(
            new McpServerOptions(), provider.GetRequiredService<IReadOnlyList<ScpOperationDescriptor>>(), settings);
        var loggerFactory = provider.GetRequiredService<ILoggerFactory>();
        ITransport transport = input is not null && output is not null
            ? new StreamServerTransport(input, output, options.ServerInfo?.Name, loggerFactory)
            : new StdioServerTransport(options, loggerFactory);
        return new StdioHost(provider, McpServer.Create(transport, options, loggerFactory, provider));
    }

    /// <summary>Runs the stdio server until stdin closes or <paramref name="cancellationToken"/> fires (SIGTERM, Ctrl+C).</summary>
    public static async Task<int> RunAsync(ScpServerOptions settings, CancellationToken cancellationToken, Action<IServiceCollection>? configure = null)
    {
        await using var host = (StdioHost)Build(settings, configure);
        StartupChecks.Log(host.Services, settings);
        // SIGTERM and Ctrl+C end the session and exit 0, as the generic host's console lifetime did.
        using var shutdown = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        await host.StartAsync(shutdown.Token);
        try
        {
            await host._running!.WaitAsync(shutdown.Token);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            // Shutting down on request: StopAsync below ends the session.
        }

        await host.StopAsync(CancellationToken.None);
        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            shutdown.Cancel();
        }
    }

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        _hosted = [.. _services.GetServices<IHostedService>()];
        foreach (var service in _hosted)
        {
            await service.StartAsync(cancellationToken);
        }

        _running = _server.RunAsync(_stopping.Token);
    }

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _stopping.CancelAsync();
        if (_running is not null)
        {
            try
            {
                await _running.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                // The session ended because we asked it to.
            }
        }

        for (var i = _hosted.Length - 1; i >= 0; i--)
        {
            await _hosted[i].StopAsync(cancellationToken);
        }

        _hosted = [];
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _services.DisposeAsync();
        _stopping.Dispose();
    }

    /// <inheritdoc/>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
