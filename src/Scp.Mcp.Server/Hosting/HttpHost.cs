using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.AspNetCore;
using Scp.Mcp.Server.Safety;

namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// The Streamable HTTP server at <c>/mcp</c>: bound to 127.0.0.1 by default, sessions for clients that initialize (so
/// elicitation works) and sessionless requests for 2026-07-28 clients (which confirm by MRTR), Origin/Host validation, OAuth access tokens (<see cref="HttpAuthentication"/>) or a static bearer token —
/// one of them required when binding beyond loopback — and <c>/healthz</c>, <c>/readyz</c>.
/// </summary>
internal static class HttpHost
{
    /// <summary>Path of the MCP endpoint.</summary>
    public const string EndpointPath = "/mcp";

    /// <summary>Environment variable that may hold the bearer token (keeps it off the command line).</summary>
    public const string BearerEnvironmentVariable = "SCP_MCP_BEARER_TOKEN";

    /// <summary>Builds the application; <paramref name="configure"/> may add or replace services.</summary>
    /// <exception cref="InvalidOperationException">Binding beyond loopback without a bearer token or OAuth, or both given.</exception>
    /// <exception cref="ArgumentException">An OAuth setting is not a usable URL.</exception>
    public static WebApplication Build(ScpServerOptions settings, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var bearer = settings.BearerToken ?? Environment.GetEnvironmentVariable(BearerEnvironmentVariable);
        var oauth = HttpAuthentication.Resolve(settings);
        if (oauth is not null && !string.IsNullOrEmpty(bearer))
        {
            throw new InvalidOperationException(
                $"Both a static bearer token (--bearer-token or {BearerEnvironmentVariable}) and OAuth (--auth-authority or {HttpAuthentication.AuthorityEnvironmentVariable}) are set: keep one. OAuth gives each client its own token and scopes; the static token suits a single trusted client.");
        }

        var loopbackOnly = HttpSecurity.IsLoopbackOnly(settings.Urls);
        if (!loopbackOnly && string.IsNullOrEmpty(bearer) && oauth is null)
        {
            throw new InvalidOperationException(
                $"--urls {settings.Urls} binds beyond loopback: set --auth-authority <issuer URL> (or {HttpAuthentication.AuthorityEnvironmentVariable}) for OAuth access tokens, or --bearer-token <token> (or {BearerEnvironmentVariable}), so only authorized clients can call SCP through this server.");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.AddServerLogging();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IReadinessCheck, CatalogueReadinessCheck>());
        if (SingleUseRecords.RedisConnection(settings.Redis) is not null)
        {
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IReadinessCheck, RedisReadinessCheck>());
        }

        ServerTelemetry.AddFromEnvironment(builder.Services);
        oauth?.Register(builder.Services);
        configure?.Invoke(builder.Services);
        // Sessions for clients that initialize (2025-11-25 and earlier: elicitation runs inside the session); requests of
        // 2026-07-28 clients are served without a session, and they confirm through multi round-trip requests.
        var mcp = builder.Services.AddScpMcpServer(settings)
            .WithHttpTransport(o => o.SessionMode = HttpServerSessionMode.StatefulForInitializeClients);
        if (oauth is not null)
        {
            mcp.WithRequestFilters(ScopeGate.AddFilters);
        }

        var app = builder.Build();
        var security = new HttpSecurity(bearer, loopbackOnly);
        app.Use(security.InvokeAsync);
        HealthEndpoints.Map(app);
        if (oauth is null)
        {
            app.MapMcp(EndpointPath);
            return app;
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(ScopeGate.InvokeAsync);
        app.MapMcp(EndpointPath).RequireAuthorization();
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
