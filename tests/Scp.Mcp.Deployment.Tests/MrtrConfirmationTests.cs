using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Scp.Mcp.Deployment.Tests.Harness;
using Xunit.Abstractions;

namespace Scp.Mcp.Deployment.Tests;

/// <summary>
/// Clients on protocol 2026-07-28 (the C# SDK client's default) have no session: a destructive call is confirmed by a
/// multi round-trip request whose state is a confirm token signed with the replicas' shared key, and its single use
/// is recorded in the shared Redis — so the question and the answer may reach different replicas.
/// </summary>
[Collection(ElicitTopologyGroup.Name)]
public sealed class MrtrConfirmationTests(ElicitTopology topology, ITestOutputHelper output)
{
    [Fact]
    public async Task Mrtr_AskedOnR1_RetryAnsweredOnR2_ReplayRefusedOnR3()
    {
        var id = await CreateBucketAsync();
        var (r1, r2, r3) = (topology.Replica("r1").Url, topology.Replica("r2").Url, topology.Replica("r3").Url);
        var recorder = new ToolCallRecorder(n => n switch { 0 => r1, 1 => r2, _ => null });
        var asked = 0;
        await using var client = await ConnectAsync(topology.ProxyUrl, recorder, () => Interlocked.Increment(ref asked));

        var result = await client.CallToolAsync("archive_delete_bucket", new Dictionary<string, object?> { ["bucket_id"] = id });

        Assert.False(result.IsError, Text(result) + "\n" + topology.DescribeLogs());
        Assert.Equal("2026-07-28", client.NegotiatedProtocolVersion);
        Assert.Equal(1, asked);
        var calls = recorder.Calls;
        Assert.Equal([r1, r2], calls.Select(c => c.Url));
        Assert.Null(calls[0].RequestState);
        Assert.StartsWith("scpc1.", calls[1].RequestState, StringComparison.Ordinal);
        await AssertGoneAsync(id);

        await using var onR3 = await ConnectAsync(r3, new ToolCallRecorder(), () => Interlocked.Increment(ref asked));
        var replay = await SendAsync(onR3, calls[1].Params);

        Assert.True(replay.IsError, Text(replay));
        Assert.Contains("NOT RUN: the confirmation's request state was refused: the confirm token was already used", Text(replay), StringComparison.Ordinal);
        Assert.Equal(1, asked);
        output.WriteLine("MRTR: asked on r1, accepted retry ran on r2, replay of the same state refused on r3");
    }

    [Fact]
    public async Task Mrtr_ThroughProxyWithoutSession_ConfirmsAndRunsOnce()
    {
        var id = await CreateBucketAsync();
        var recorder = new ToolCallRecorder();
        var asked = 0;
        await using var client = await ConnectAsync(topology.ProxyUrl, recorder, () => Interlocked.Increment(ref asked));

        var result = await client.CallToolAsync("archive_delete_bucket", new Dictionary<string, object?> { ["bucket_id"] = id });

        Assert.False(result.IsError, Text(result) + "\n" + topology.DescribeLogs());
        Assert.Equal(1, asked);
        Assert.Null(client.SessionId);
        var calls = recorder.Calls;
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.NotNull(c.Replica));
        await AssertGoneAsync(id);
        output.WriteLine($"MRTR through the proxy (round robin, no session): asked on {calls[0].Replica}, ran on {calls[1].Replica}");
    }

    private static async Task<McpClient> ConnectAsync(Uri url, ToolCallRecorder recorder, Action onQuestion)
    {
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions { Endpoint = url, TransportMode = HttpTransportMode.StreamableHttp },
            new HttpClient(recorder) { Timeout = TimeSpan.FromSeconds(90) });
        return await McpClient.CreateAsync(transport, new McpClientOptions
        {
            Capabilities = new ClientCapabilities { Elicitation = new ElicitationCapability { Form = new FormElicitationCapability() } },
            Handlers = new McpClientHandlers
            {
                ElicitationHandler = (_, _) =>
                {
                    onQuestion();
                    return ValueTask.FromResult(new ElicitResult { Action = "accept" });
                },
            },
        });
    }

    /// <summary>Sends a <c>tools/call</c> with exactly these params (a replayed retry).</summary>
    private static async Task<CallToolResult> SendAsync(McpClient client, JsonObject parameters)
    {
        var response = await client.SendRequestAsync(new JsonRpcRequest { Method = RequestMethods.ToolsCall, Params = parameters.DeepClone() });
        return response.Result.Deserialize(McpJsonUtilities.DefaultOptions.GetTypeInfo<CallToolResult>())!;
    }

    private static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(c => c.Text));

    private async Task<string> CreateBucketAsync()
    {
        var session = await McpHttpSession.StartAsync(topology.ProxyUrl);
        var created = await session.CallToolAsync("archive_create_bucket", new JsonObject
        {
            ["body"] = new JsonObject { ["name"] = "mrtr" + Guid.NewGuid().ToString("N")[..10] },
        });
        Assert.True(created.Succeeded, created.ToString());
        return created.Structured.GetProperty("id").GetString()!;
    }

    private async Task AssertGoneAsync(string id)
    {
        var session = await McpHttpSession.StartAsync(topology.ProxyUrl);
        var got = await session.CallToolAsync("archive_get_bucket", new JsonObject { ["bucket_id"] = id });
        Assert.True(got.IsToolError, got.ToString());
        Assert.Contains("404", got.Text, StringComparison.Ordinal);
    }
}
