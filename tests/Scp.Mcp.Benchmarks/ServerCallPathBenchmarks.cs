using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using Scp.Mcp.Server;
using Scp.Mcp.Server.Cli;
using Scp.Mcp.Server.Tools;
using Scp.Sdk.Catalog;
using Scp.Sdk.Configuration;
using Scp.Sdk.Invocation;
using Scp.Sdk.Transport;

namespace Scp.Mcp.Benchmarks;

/// <summary>
/// The server's own work per tool call, without sockets or JSON-RPC: <see cref="OperationExecutor"/> runs
/// <c>bmblock_list_volume_snapshots</c> (the call of <c>bench/http-load.sh</c>) — argument validation, request building,
/// signing, the resilience pipeline, reading the answer, fitting it to the output schema and the text copy — through the
/// real <see cref="ScpHttpInvoker"/>, whose primary handler answers in memory with the fake SCP's body. Its allocations
/// per call do not depend on the machine's load (MemoryDiagnoser), which makes it the steady signal for cuts on this path.
/// <see cref="Sign"/> is the request signature alone.
/// </summary>
[MemoryDiagnoser]
public class ServerCallPathBenchmarks : IDisposable
{
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes(
        """{"is_snapshot_policy":false,"snapshot_capacity_mb":0,"snapshot_capacity_rate":0,"snapshot_total_usage":0,"snapshots":[],"volume_id":"vol-0123456789abcdef"}""");

    private ServiceProvider? _services;
    private OperationExecutor? _executor;
    private ScpOperationDescriptor? _operation;
    private Dictionary<string, JsonElement>? _arguments;
    private ConsoleCallContext? _context;
    private readonly string _signedUrl = "http://127.0.0.1:9/v1/volumes/vol-0123456789abcdef/snapshots";

    [GlobalSetup]
    public void Setup()
    {
        _operation = ScpCatalog.Operations.Single(o => o.ToolName == "bmblock_list_volume_snapshots" && o.IsCurrent);
        var settings = new ScpSettings { AccessKey = "bench-access-key", SecretKey = "bench-secret-key", EndpointOverride = new Uri("http://127.0.0.1:9") };
        var invoker = ScpHttpInvoker.Create(settings, primaryHandler: new AnswerHandler());
        _services = CliCommands.BuildServices(new ScpServerOptions(), s => s.AddSingleton<IScpOperationInvoker>(invoker));
        _executor = _services.GetRequiredService<OperationExecutor>();
        using var arguments = JsonDocument.Parse("""{"volume_id":"vol-0123456789abcdef"}""");
        _arguments = new() { ["volume_id"] = arguments.RootElement.GetProperty("volume_id").Clone() };
        _context = new ConsoleCallContext(TextReader.Null, TextWriter.Null, interactive: false);
        var check = Call().GetAwaiter().GetResult();
        if (check.IsError == true || !check.Content.OfType<TextContentBlock>().Single().Text.Contains("vol-0123456789abcdef", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the benchmark call failed: " + string.Join(" ", check.Content.OfType<TextContentBlock>().Select(b => b.Text)));
        }
    }

    [Benchmark(Description = "tool call through OperationExecutor, SCP answering in memory")]
    public Task<CallToolResult> Call() => _executor!.ExecuteAsync(_operation!, _arguments, _context!, CancellationToken.None);

    [Benchmark(Description = "ScpSigner.ComputeSignature (HMAC-SHA256 of one request)")]
    public string Sign() => ScpSigner.ComputeSignature("GET", _signedUrl, 1_764_633_600_000, "bench-access-key", "bench-secret-key", null);

    [GlobalCleanup]
    public void Dispose()
    {
        _services?.Dispose();
        _services = null;
        GC.SuppressFinalize(this);
    }

    private sealed class AnswerHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(Answer);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
