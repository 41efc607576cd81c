using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;
using Scp.Mcp.Server;
using Scp.Mcp.Server.Hosting;

namespace Scp.Mcp.EndToEnd.Tests.Hosting;

/// <summary>
/// The conformance suite's test host: the real scp-mcp HTTP server (built by <see cref="HttpHost.Build"/>, the same
/// code path as <c>scp-mcp --transport http</c>) with the suite's fixture tools added beside the real tools,
/// running in the test process on a free loopback port.
/// </summary>
public sealed class ConformanceTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ConformanceTestHost(WebApplication app, Uri mcpUrl)
    {
        _app = app;
        McpUrl = mcpUrl;
    }

    /// <summary>The Streamable HTTP endpoint.</summary>
    public Uri McpUrl { get; }

    /// <summary>Builds and starts the host.</summary>
    public static async Task<ConformanceTestHost> StartAsync()
    {
        var settings = new ScpServerOptions { Transport = TransportKind.Http, Urls = "http://127.0.0.1:0" };
        var app = HttpHost.Build(settings, services => services.AddSingleton<IConfigureOptions<McpServerOptions>, FixtureToolsSetup>());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ConformanceTestHost(app, new Uri(address.TrimEnd('/') + HttpHost.EndpointPath));
    }

    /// <summary>Stops the host.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class FixtureToolsSetup : IConfigureOptions<McpServerOptions>
    {
        public void Configure(McpServerOptions options)
        {
            options.ToolCollection ??= [];
            foreach (var tool in ConformanceFixtureTools.Create())
            {
                options.ToolCollection.Add(tool);
            }
        }
    }
}
