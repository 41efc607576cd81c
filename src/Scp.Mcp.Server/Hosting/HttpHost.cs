using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.AspNetCore;

namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// The Streamable HTTP server at <c>/mcp</c>: bound to 127.0.0.1 by default, stateful sessions (so elicitation
/// works), Origin/Host validation, and a bearer token that is required when binding beyond loopback.
/// </summary>
internal static class HttpHost
{
    /// <summary>Path of the MCP endpoint.</summary>
    public const string EndpointPath = "/mcp";

    /// <summary>Environment variable that may hold the bearer token (keeps it off the command line).</summary>
    public const string BearerEnvironmentVariable = "SCP_MCP_BEARER_TOKEN";

    /// <summary>Builds the application; <paramref name="configure"/> may add or replace services.</summary>
    /// <exception cref="InvalidOperationException">Binding beyond loopback without a bearer token.</exception>
    public static WebApplication Build(ScpServerOptions settings, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var bearer = settings.BearerToken ?? Environment.GetEnvironmentVariable(BearerEnvironmentVariable);
        var loopbackOnly = HttpSecurity.IsLoopbackOnly(settings.Urls);
        if (!loopbackOnly && string.IsNullOrEmpty(bearer))
        {
            throw new InvalidOperationException(
                $"--urls {settings.Urls} binds beyond loopback: set --bearer-token <token> (or {BearerEnvironmentVariable}) so only holders of the token can call SCP through this server.");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        configure?.Invoke(builder.Services);
        builder.Services.AddScpMcpServer(settings)
            .WithHttpTransport(o => o.SessionMode = HttpServerSessionMode.Stateful);
        var app = builder.Build();
        var security = new HttpSecurity(bearer, loopbackOnly);
        app.Use(security.InvokeAsync);
        app.MapMcp(EndpointPath);
        return app;
    }

    /// <summary>Runs the HTTP server until <paramref name="cancellationToken"/> fires.</summary>
    public static async Task<int> RunAsync(ScpServerOptions settings, CancellationToken cancellationToken, Action<IServiceCollection>? configure = null)
    {
        await using var app = Build(settings, configure);
        StartupChecks.Log(app.Services, settings);
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
