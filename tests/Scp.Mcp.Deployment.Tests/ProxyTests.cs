using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Scp.Mcp.Deployment.Tests.Harness;
using Scp.Mcp.EndToEnd.Tests.Harness;
using Xunit.Abstractions;

namespace Scp.Mcp.Deployment.Tests;

/// <summary>Many sessions through HAProxy in front of three replicas sharing one SCP (the emulator) and one Redis.</summary>
[Collection(ElicitTopologyGroup.Name)]
public sealed class ProxyTests(ElicitTopology topology, ITestOutputHelper output)
{
    private const int Sessions = 24;
    private const int CallsPerSession = 10;

    [Fact]
    public async Task Proxy_24SessionsOf10Calls_NoErrorsAndEveryReplicaWorks()
    {
        var perReplica = new ConcurrentDictionary<string, int>();
        var failures = new ConcurrentBag<string>();
        var watch = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Sessions), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, _) =>
        {
            var session = await McpHttpSession.StartAsync(topology.ProxyUrl);
            for (var call = 0; call < CallsPerSession; call++)
            {
                var response = call switch
                {
                    0 => await session.CallToolAsync("archive_create_bucket", Body("load" + n + "x" + Guid.NewGuid().ToString("N")[..8])),
                    _ when call % 2 == 1 => await session.CallToolAsync("archive_list_buckets"),
                    _ => await session.CallToolAsync("file_list_volumes"),
                };
                if (!response.Succeeded)
                {
                    failures.Add($"session {n} call {call}: {response}");
                }
                else if (response.Replica != session.Replica)
                {
                    failures.Add($"session {n} call {call}: answered by {response.Replica}, but the session lives on {session.Replica}");
                }

                perReplica.AddOrUpdate(response.Replica ?? "?", 1, (_, c) => c + 1);
            }
        });

        output.WriteLine($"{Sessions} sessions x {CallsPerSession} calls through the proxy in {watch.Elapsed.TotalSeconds:0.0} s (up took {topology.StartTime.TotalSeconds:0.0} s); "
            + $"errors {failures.Count}; per replica: {string.Join(", ", perReplica.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))}");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)) + "\n" + topology.DescribeLogs());
        Assert.Equal(Sessions * CallsPerSession, perReplica.Values.Sum());
        Assert.All(topology.Replicas, r => Assert.True(perReplica.GetValueOrDefault(r.Name) > 0, $"{r.Name} did no work: {string.Join(", ", perReplica)}"));
    }

    [Fact]
    public async Task CreatedResource_FreshSessionsOnEveryReplica_SeeIt()
    {
        var name = "shared" + Guid.NewGuid().ToString("N")[..10];
        var creator = await McpHttpSession.StartAsync(topology.ProxyUrl);
        var created = await creator.CallToolAsync("archive_create_bucket", Body(name));
        Assert.True(created.Succeeded, created.ToString());
        var id = created.Structured.GetProperty("id").GetString()!;

        var seenBy = new HashSet<string>();
        for (var attempt = 0; attempt < 9 && seenBy.Count < topology.Replicas.Count; attempt++)
        {
            var fresh = await McpHttpSession.StartAsync(topology.ProxyUrl);
            var got = await fresh.CallToolAsync("archive_get_bucket", new JsonObject { ["bucket_id"] = id });
            Assert.True(got.Succeeded, got.ToString());
            Assert.Equal(name, got.Structured.GetProperty("name").GetString());
            seenBy.Add(got.Replica!);
        }

        Assert.Equal(topology.Replicas.Select(r => r.Name).Order(), seenBy.Order());
    }

    [Fact]
    public async Task DestructiveCall_TypeScriptClientConfirmsByElicitationThroughProxy_DeletesOnce()
    {
        var name = "tsdelete" + Guid.NewGuid().ToString("N")[..10];

        var session = await SdkSession.RunAsync(SdkSession.Http(topology.ProxyUrl), elicitation: "accept", listTools: false,
            new ToolCall("archive_create_bucket", Body(name)),
            new ToolCall("archive_delete_bucket", new JsonObject { ["bucket_id"] = "$call[0].id" }),
            new ToolCall("archive_list_buckets"));

        Assert.Null(session.Calls[0].ClientError);
        Assert.False(session.Calls[0].IsError, session.ToString());
        var delete = session.Calls[1];
        Assert.Equal(1, delete.ElicitationsDuring);
        Assert.Null(delete.ClientError);
        Assert.False(delete.IsError, session.ToString());
        Assert.Contains("archive_delete_bucket", session.ElicitationMessages.Single(), StringComparison.Ordinal);
        Assert.DoesNotContain(name, session.Calls[2].Text, StringComparison.Ordinal);

        // Gone for everyone: a fresh session (any replica) no longer finds it.
        var id = session.Calls[0].StructuredContent!.Value.GetProperty("id").GetString()!;
        var fresh = await McpHttpSession.StartAsync(topology.ProxyUrl);
        var got = await fresh.CallToolAsync("archive_get_bucket", new JsonObject { ["bucket_id"] = id });
        Assert.True(got.IsToolError, got.ToString());
        Assert.Contains("404", got.Text, StringComparison.Ordinal);
    }

    private static JsonObject Body(string name) => new() { ["body"] = new JsonObject { ["name"] = name } };
}
