using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Scp.Mcp.Deployment.Tests.Harness;
using Xunit.Abstractions;

namespace Scp.Mcp.Deployment.Tests;

/// <summary>
/// Replicas on <c>--confirm token</c> sharing a confirm key and Redis: a token works once on any replica, and losing a
/// replica loses no confirmation record. Runs in name order: the fail-over test (F…) kills r1 last.
/// </summary>
[Collection(TokenTopologyGroup.Name)]
[TestCaseOrderer(ByNameOrderer.TypeName, ByNameOrderer.AssemblyName)]
public sealed partial class ConfirmTokenFailoverTests(TokenTopology topology, ITestOutputHelper output)
{
    [Fact]
    public async Task ConfirmToken_MintedOnA_AcceptedOnceOnB_RefusedOnC()
    {
        var id = await CreateBucketAsync(topology.ProxyUrl);
        var onA = await McpHttpSession.StartAsync(topology.Replica("r1").Url);
        var onB = await McpHttpSession.StartAsync(topology.Replica("r2").Url);
        var onC = await McpHttpSession.StartAsync(topology.Replica("r3").Url);

        var token = await MintAsync(onA, id);
        var accepted = await onB.CallToolAsync("archive_delete_bucket", Delete(id, token));
        var replayed = await onC.CallToolAsync("archive_delete_bucket", Delete(id, token));

        Assert.True(accepted.Succeeded, accepted.ToString());
        Assert.True(replayed.IsToolError, replayed.ToString());
        Assert.Contains("NOT RUN: the confirm token was already used", replayed.Text, StringComparison.Ordinal);
        await AssertGoneAsync(id);
        output.WriteLine("token minted on r1, accepted on r2, replay refused on r3");
    }

    [Fact]
    public async Task Failover_ReplicaKilled_NewSessionsWorkOldSessionsReinitializeAndNothingRunsTwice()
    {
        // One session on each replica, through the proxy (round robin).
        var sessions = new Dictionary<string, McpHttpSession>();
        for (var attempt = 0; attempt < 12 && sessions.Count < topology.Replicas.Count; attempt++)
        {
            var session = await McpHttpSession.StartAsync(topology.ProxyUrl);
            sessions.TryAdd(session.Replica!, session);
        }

        Assert.Equal(topology.Replicas.Count, sessions.Count);
        var id = await CreateBucketAsync(topology.ProxyUrl);
        var token = await MintAsync(sessions["r1"], id);

        // r1 dies without warning.
        var victim = topology.Replica("r1");
        using (var process = Process.GetProcessById(victim.Pid))
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        var watch = Stopwatch.StartNew();

        // Its session is gone with it; the proxy sends the request elsewhere, which does not know the session.
        var orphan = await sessions["r1"].CallToolAsync("archive_list_buckets");
        Assert.False(orphan.Succeeded, orphan.ToString());
        Assert.Equal(404, orphan.Status);

        // The client re-initializes and carries on, on a live replica.
        var again = await McpHttpSession.StartAsync(topology.ProxyUrl);
        Assert.NotEqual("r1", again.Replica);
        var listed = await again.CallToolAsync("archive_list_buckets");
        Assert.True(listed.Succeeded, listed.ToString());

        // New sessions keep working, on the survivors only.
        var answeredBy = new HashSet<string>();
        for (var n = 0; n < 12; n++)
        {
            var fresh = await McpHttpSession.StartAsync(topology.ProxyUrl);
            var call = await fresh.CallToolAsync("file_list_volumes");
            Assert.True(call.Succeeded, call.ToString());
            answeredBy.Add(call.Replica!);
        }

        Assert.DoesNotContain("r1", answeredBy);

        // The token minted on the dead replica is still good once, and only once, across the survivors.
        var first = await sessions["r2"].CallToolAsync("archive_delete_bucket", Delete(id, token));
        var second = await sessions["r3"].CallToolAsync("archive_delete_bucket", Delete(id, token));
        var third = await again.CallToolAsync("archive_delete_bucket", Delete(id, token));
        Assert.True(first.Succeeded, first.ToString());
        Assert.All([second, third], r => Assert.Contains("NOT RUN: the confirm token was already used", r.Text, StringComparison.Ordinal));
        await AssertGoneAsync(id);
        output.WriteLine($"r1 killed: its session answered {orphan.Status} and re-initialized on {again.Replica}; "
            + $"12 new sessions on {string.Join("+", answeredBy.Order())}; token used once, 2 replays refused; {watch.Elapsed.TotalSeconds:0.0} s after the kill");
    }

    private static async Task<string> CreateBucketAsync(Uri url)
    {
        var session = await McpHttpSession.StartAsync(url);
        var created = await session.CallToolAsync("archive_create_bucket", new JsonObject
        {
            ["body"] = new JsonObject { ["name"] = "tok" + Guid.NewGuid().ToString("N")[..10] },
        });
        Assert.True(created.Succeeded, created.ToString());
        return created.Structured.GetProperty("id").GetString()!;
    }

    private static async Task<string> MintAsync(McpHttpSession session, string id)
    {
        var first = await session.CallToolAsync("archive_delete_bucket", new JsonObject { ["bucket_id"] = id });
        Assert.True(first.IsToolError, first.ToString());
        Assert.Contains("NOT RUN YET", first.Text, StringComparison.Ordinal);
        return TokenPattern().Match(first.Text).Value;
    }

    private async Task AssertGoneAsync(string id)
    {
        var session = await McpHttpSession.StartAsync(topology.ProxyUrl);
        var got = await session.CallToolAsync("archive_get_bucket", new JsonObject { ["bucket_id"] = id });
        Assert.True(got.IsToolError, got.ToString());
        Assert.Contains("404", got.Text, StringComparison.Ordinal);
    }

    private static JsonObject Delete(string id, string token) => new() { ["bucket_id"] = id, ["confirm_token"] = token };

    [GeneratedRegex(@"scpc1\.[A-Za-z0-9_\-]+\.[0-9]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex TokenPattern();
}
