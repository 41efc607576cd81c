using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Scp.Mcp.Server.Hosting;
using Scp.Sdk.Catalog;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Tests.Fixtures;

/// <summary>The real server host and a real MCP client connected over in-memory pipes, with SCP replaced by a recorder.</summary>
internal sealed class McpTestServer : IAsyncDisposable
{
    private readonly IHost _host;

    private McpTestServer(IHost host, McpClient client, RecordingInvoker invoker, System.Collections.Concurrent.ConcurrentQueue<string> progress)
    {
        ProgressMessages = progress;
        _host = host;
        Client = client;
        Invoker = invoker;
    }

    public McpClient Client { get; }

    /// <summary>Messages of every progress notification the client received.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> ProgressMessages { get; }

    public RecordingInvoker Invoker { get; }

    public IServiceProvider Services => _host.Services;

    /// <summary>The options the server runs with (its tool collection, filters).</summary>
    public ModelContextProtocol.Server.McpServerOptions ServerOptions => ((StdioHost)_host).Server.ServerOptions;

    /// <summary>
    /// Starts a server; <paramref name="elicit"/> answers elicitation (null: the client has no elicitation capability).
    /// The client speaks the C# SDK's default revision (2026-07-28: confirmations by multi round-trip requests) unless
    /// <paramref name="protocolVersion"/> pins another (e.g. 2025-11-25: elicitation requests in the session).
    /// </summary>
    public static async Task<McpTestServer> StartAsync(
        ScpServerOptions? settings = null,
        Func<ElicitRequestParams, ElicitResult>? elicit = null,
        RecordingInvoker? invoker = null,
        TimeProvider? time = null,
        IReadOnlyList<ScpOperationDescriptor>? operations = null,
        string? protocolVersion = null,
        string? clientName = null)
    {
        invoker ??= new RecordingInvoker();
        var clientToServer = new Pipe();
        var serverToClient = new Pipe();
        var host = StdioHost.Build(
            settings ?? new ScpServerOptions(),
            services =>
            {
                services.AddSingleton(operations ?? FixtureCatalog.Operations);
                services.AddSingleton<IScpOperationInvoker>(invoker);
                if (time is not null)
                {
                    services.AddSingleton(time);
                }
            },
            clientToServer.Reader.AsStream(),
            serverToClient.Writer.AsStream());
        await host.StartAsync();

        var progress = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var options = new McpClientOptions
        {
            Handlers = new McpClientHandlers
            {
                // Recorded at client level: a per-call IProgress may be detached before a late notification is dispatched.
                NotificationHandlers =
                [
                    new(NotificationMethods.ProgressNotification, (notification, _) =>
                    {
                        progress.Enqueue(notification.Params?["message"]?.GetValue<string>() ?? string.Empty);
                        return ValueTask.CompletedTask;
                    }),
                ],
            },
        };
        if (protocolVersion is not null)
        {
            options.ProtocolVersion = protocolVersion;
        }

        if (clientName is not null)
        {
            options.ClientInfo = new Implementation { Name = clientName, Version = "1.0.0" };
        }

        if (elicit is not null)
        {
            options.Capabilities = new ClientCapabilities { Elicitation = new ElicitationCapability { Form = new FormElicitationCapability() } };
            options.Handlers.ElicitationHandler = (request, _) => ValueTask.FromResult(elicit(request!));
        }

        var client = await McpClient.CreateAsync(
            new StreamClientTransport(clientToServer.Writer.AsStream(), serverToClient.Reader.AsStream()), options);
        return new McpTestServer(host, client, invoker, progress);
    }

    public Task<CallToolResult> CallAsync(string tool, string argumentsJson = "{}", IProgress<ProgressNotificationValue>? progress = null)
    {
        using var document = JsonDocument.Parse(argumentsJson);
        var arguments = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        return Client.CallToolAsync(tool, arguments, progress).AsTask();
    }

    public async Task<string> ListToolsJsonAsync()
    {
        var result = await Client.ListToolsAsync();
        return JsonSerializer.Serialize(result.Select(t => t.ProtocolTool).ToList(), McpJsonUtilities.DefaultOptions);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _host.StopAsync();
        _host.Dispose();
    }
}
