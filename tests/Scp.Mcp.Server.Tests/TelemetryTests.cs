using Scp.Mcp.Server;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Scp.Emulator;
using Scp.Mcp.Server.Hosting;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Sdk.Catalog;
using Scp.Sdk.Configuration;
using Scp.Sdk.Invocation;
using Scp.Sdk.Transport;

namespace Scp.Mcp.Server.Tests;

/// <summary>
/// OpenTelemetry over HTTP with the in-memory exporter: MCP SDK spans and metrics, SCP-call spans, no values. The
/// activity sources are process-wide, so these tests run alone: spans of other tests running in parallel would be
/// exported too (seen once: two <c>scp CreateBucket</c> spans).
/// </summary>
[Collection(TelemetryTests.RunsAlone)]
public sealed class TelemetryTests
{
    public const string RunsAlone = "Telemetry (runs alone)";

    private const string PrivateName = "otel-private-bucket-name-4711";

    [Fact]
    public async Task ToolCall_WithTracing_ExportsMcpAndScpSpansWithoutArgumentValuesOrKeys()
    {
        var create = ScpCatalog.Operations.Single(o => o.ToolName == "archive_create_bucket" && o.IsCurrent);
        var list = ScpCatalog.Operations.Single(o => o.ToolName == "archive_list_buckets" && o.IsCurrent);
        await using var emulator = await ScpEmulatorHost.StartAsync(new ScpEmulatorOptions
        {
            Faults = { new ScpEmulatorFaultRule { OperationId = list.OperationId, ServerErrorRate = 1.0 } },
        });
        var key = emulator.DefaultKeyPair;
        using var invoker = ScpHttpInvoker.Create(
            new ScpSettings { AccessKey = key.AccessKey, SecretKey = key.SecretKey, AccountId = key.AccountId, EndpointOverride = emulator.BaseUrl },
            new ScpResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(5), UseJitter = false, MaxRetryAttempts = 2 });
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        await using var app = HttpHost.Build(new ScpServerOptions { Urls = "http://127.0.0.1:0" }, services =>
        {
            services.AddSingleton<IScpOperationInvoker>(invoker);
            ServerTelemetry.Add(services)
                .WithTracing(t => t.AddInMemoryExporter(spans))
                .WithMetrics(m => m.AddInMemoryExporter(metrics));
        });
        await app.StartAsync();
        await using (var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(app.Urls.First() + HttpHost.EndpointPath),
            TransportMode = HttpTransportMode.StreamableHttp,
        })))
        {
            var created = await client.CallToolAsync(create.ToolName,
                new Dictionary<string, object?> { ["body"] = new Dictionary<string, object?> { ["name"] = PrivateName } });
            var failed = await client.CallToolAsync(list.ToolName, new Dictionary<string, object?>());
            Assert.False(created.IsError, created.Text());
            Assert.True(failed.IsError);
        }

        app.Services.GetRequiredService<TracerProvider>().ForceFlush();
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();
        List<Activity> ours;
        lock (spans)
        {
            ours = [.. spans];
        }

        var createSpan = Assert.Single(ours, s => s.Source.Name == ScpTelemetry.SourceName && Tag(s, ScpTelemetry.OperationIdAttribute) == create.OperationId);
        Assert.Equal("scp " + create.OperationId, createSpan.DisplayName);
        Assert.Equal(ActivityKind.Client, createSpan.Kind);
        Assert.Equal(create.Api.Product, Tag(createSpan, ScpTelemetry.ProductAttribute));
        Assert.Equal("POST", Tag(createSpan, ScpTelemetry.MethodAttribute));
        Assert.Equal(create.PathTemplate, Tag(createSpan, ScpTelemetry.RouteAttribute));
        Assert.InRange(Assert.IsType<int>(createSpan.GetTagItem(ScpTelemetry.StatusAttribute)), 200, 299);

        var listSpan = Assert.Single(ours, s => s.Source.Name == ScpTelemetry.SourceName && Tag(s, ScpTelemetry.OperationIdAttribute) == list.OperationId);
        Assert.Equal(503, listSpan.GetTagItem(ScpTelemetry.StatusAttribute));
        Assert.Equal(2, listSpan.GetTagItem(ScpTelemetry.RetriesAttribute));
        Assert.Equal(ActivityStatusCode.Error, listSpan.Status);

        var toolSpan = Assert.Single(ours, s => s.Source.Name == ServerTelemetry.McpSourceName && s.Kind == ActivityKind.Server
            && s.DisplayName.Contains(create.ToolName, StringComparison.Ordinal));
        Assert.Equal(toolSpan.TraceId, createSpan.TraceId);
        Assert.Contains(metrics, m => m.MeterName == ServerTelemetry.McpSourceName);

        var forbidden = new[] { PrivateName, key.AccessKey, key.SecretKey };
        foreach (var span in ours)
        {
            var values = span.TagObjects.Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)
                .Concat(span.Events.SelectMany(e => e.Tags).Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty))
                .Append(span.DisplayName);
            foreach (var value in values)
            {
                Assert.DoesNotContain(forbidden, f => value.Contains(f, StringComparison.Ordinal));
            }
        }
    }

    private static string? Tag(Activity span, string name) => span.GetTagItem(name) as string;
}

/// <summary>Runs <see cref="TelemetryTests"/> after every parallel test, on its own.</summary>
[CollectionDefinition(TelemetryTests.RunsAlone, DisableParallelization = true)]
public sealed class TelemetryRunsAlone
{
}
