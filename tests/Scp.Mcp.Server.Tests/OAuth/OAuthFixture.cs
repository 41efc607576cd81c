using Scp.Mcp.Server;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Scp.Emulator;
using Scp.Mcp.Server.Hosting;
using Scp.Sdk.Configuration;
using Scp.Sdk.Invocation;
using Scp.Sdk.Transport;

namespace Scp.Mcp.Server.Tests.OAuth;

/// <summary>
/// The OAuth topology of the tests: OpenIddict on one loopback port, the SCP emulator on another, and scp-mcp over
/// HTTP with <c>--auth-authority</c>/<c>--auth-audience</c>, whose SCP requests are recorded on the wire.
/// </summary>
public sealed class OAuthFixture : IAsyncLifetime
{
    private ScpEmulatorHost? _emulator;
    private ScpHttpInvoker? _invoker;
    private TestAuthorizationServer? _authorization;
    private WebApplication? _server;

    /// <summary>Headers of every request that left for SCP (the emulator).</summary>
    public ConcurrentQueue<HttpRequestMessage> ScpRequests { get; } = new();

    internal TestAuthorizationServer Authorization => _authorization!;

    /// <summary>The MCP endpoint URL.</summary>
    public string Endpoint => _server!.Urls.First() + HttpHost.EndpointPath;

    public async Task InitializeAsync()
    {
        _authorization = await TestAuthorizationServer.StartAsync();
        _emulator = await ScpEmulatorHost.StartAsync(new ScpEmulatorOptions());
        var key = _emulator.DefaultKeyPair;
        _invoker = ScpHttpInvoker.Create(
            new ScpSettings { AccessKey = key.AccessKey, SecretKey = key.SecretKey, AccountId = key.AccountId, EndpointOverride = _emulator.BaseUrl },
            primaryHandler: new RecordingHandler(ScpRequests) { InnerHandler = ScpHttpInvoker.CreatePrimaryHandler() });
        _server = HttpHost.Build(
            new ScpServerOptions
            {
                Urls = "http://127.0.0.1:0",
                AuthAuthority = _authorization.Issuer,
                AuthAudience = TestAuthorizationServer.Audience,
            },
            services => services.AddSingleton<IScpOperationInvoker>(_invoker));
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _invoker?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        if (_authorization is not null)
        {
            await _authorization.DisposeAsync();
        }
    }

    /// <summary>Keeps each outgoing request (signed, as sent) for inspection.</summary>
    private sealed class RecordingHandler(ConcurrentQueue<HttpRequestMessage> requests) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            requests.Enqueue(request);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
