using System.IO.Pipelines;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Scp.Emulator;
using Scp.Mcp.Server;
using Scp.Mcp.Server.Hosting;
using Scp.Sdk.Catalog;
using Scp.Sdk.Configuration;
using Scp.Sdk.Invocation;
using Scp.Sdk.Transport;

namespace Scp.Mcp.Benchmarks;

/// <summary>
/// Per-call overhead of the MCP server: one read tool call (<c>ListVolumes</c>, Block Storage (BM) 1.2) through a real
/// MCP client and the real server host over in-memory pipes, against the same signed HTTP call made directly with
/// <see cref="ScpHttpInvoker"/>. Both go to the in-process emulator on loopback through the same invoker, so the
/// difference of the medians is what the MCP layer adds (JSON-RPC, argument validation, request and result building).
/// </summary>
[MemoryDiagnoser]
public class ToolCallBenchmarks : IAsyncDisposable
{
    private static readonly Dictionary<string, object?> NoArguments = [];

    private ScpEmulatorHost? _emulator;
    private ScpHttpInvoker? _invoker;
    private IHost? _host;
    private McpClient? _client;
    private ScpOperationDescriptor? _operation;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _operation = ScpCatalog.Operations.Single(o => o.Api.Product == "baremetal-blockstorage" && o.OperationId == "ListVolumes" && o.IsCurrent);
        _emulator = await ScpEmulatorHost.StartAsync(new ScpEmulatorOptions());
        var settings = new ScpSettings
        {
            AccessKey = _emulator.DefaultKeyPair.AccessKey,
            SecretKey = _emulator.DefaultKeyPair.SecretKey,
            EndpointOverride = _emulator.BaseUrl,
        };
        _invoker = ScpHttpInvoker.Create(settings);

        var clientToServer = new Pipe();
        var serverToClient = new Pipe();
        var invoker = _invoker;
        _host = StdioHost.Build(
            new ScpServerOptions(),
            services => services.AddSingleton<IScpOperationInvoker>(invoker),
            clientToServer.Reader.AsStream(),
            serverToClient.Writer.AsStream());
        await _host.StartAsync();
        _client = await McpClient.CreateAsync(new StreamClientTransport(clientToServer.Writer.AsStream(), serverToClient.Reader.AsStream()));

        var check = await McpToolCall();
        if (check.IsError == true)
        {
            throw new InvalidOperationException("the benchmark tool call failed: " + string.Join(" ", check.Content.OfType<TextContentBlock>().Select(b => b.Text)));
        }
    }

    [Benchmark(Baseline = true, Description = "direct signed HTTP call (ScpHttpInvoker)")]
    public Task<ScpOperationResponse> DirectSignedCall() =>
        _invoker!.SendAsync(new ScpOperationRequest { Operation = _operation! });

    [Benchmark(Description = "MCP tools/call through the server pipeline")]
    public Task<CallToolResult> McpToolCall() =>
        _client!.CallToolAsync(_operation!.ToolName, NoArguments).AsTask();

    [GlobalCleanup]
    public async Task CleanupAsync() => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
            _client = null;
        }

        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
            _host = null;
        }

        _invoker?.Dispose();
        _invoker = null;
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
            _emulator = null;
        }

        GC.SuppressFinalize(this);
    }
}
