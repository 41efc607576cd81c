using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Scp.Mcp.Server;
using Scp.Mcp.Server.Hosting;
using Scp.Mcp.Server.Safety;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Tests;

/// <summary>The single-use record in Redis (--redis): shared by replicas, failing closed when Redis is gone, and on /readyz.</summary>
public sealed partial class ConfirmationGateTests
{
    [Fact]
    public async Task TokenService_RedisRecord_TokenUsedOnOneReplicaIsRefusedOnAnother()
    {
        var port = FreePort();
        using var redis = await StartRedisAsync(port);
        try
        {
            var key = "replica-shared-key-0123456789"u8.ToArray();
            await using var recordA = (RedisSingleUseRecord)SingleUseRecords.Create($"127.0.0.1:{port}", TimeProvider.System);
            await using var recordB = (RedisSingleUseRecord)SingleUseRecords.Create($"127.0.0.1:{port}", TimeProvider.System);
            var replicaA = new ConfirmTokenService(key, TimeProvider.System, uses: recordA);
            var replicaB = new ConfirmTokenService(key, TimeProvider.System, uses: recordB);
            using var args = JsonDocument.Parse("""{"volume_id":"v1"}""");
            var token = replicaA.Issue("file_delete_volume", args.RootElement, "alice");

            Assert.Equal(ConfirmTokenStatus.Valid, await replicaB.VerifyAsync(token, "file_delete_volume", args.RootElement, "alice"));
            Assert.Equal(ConfirmTokenStatus.Replayed, await replicaA.VerifyAsync(token, "file_delete_volume", args.RootElement, "alice"));
            Assert.Equal(ConfirmTokenStatus.Replayed, await replicaB.VerifyAsync(token, "file_delete_volume", args.RootElement, "alice"));
        }
        finally
        {
            redis.Kill();
            await redis.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Token_RedisUnreachable_RefusesAndSendsNothing()
    {
        var closed = $"127.0.0.1:{FreePort()}";
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { Confirm = ConfirmPolicy.Token, Redis = closed });
        var token = TokenFrom(await server.CallAsync("file_delete_volume", DeleteArgs));

        var result = await server.CallAsync("file_delete_volume", WithToken(DeleteArgs, token));

        Assert.True(result.IsError);
        Assert.Contains("NOT RUN: the server could not record the confirm token's single use", result.Text(), StringComparison.Ordinal);
        Assert.Contains("Redis", result.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, result.Text(), StringComparison.Ordinal);
        Assert.Empty(server.Invoker.Requests);
    }

    [Fact]
    public async Task Readiness_WithRedis_ReadyOnlyWhileRedisAnswersAndAliveThroughout()
    {
        var port = FreePort();
        var redis = await StartRedisAsync(port);
        var app = HttpHost.Build(new ScpServerOptions { Urls = "http://127.0.0.1:0", Redis = $"127.0.0.1:{port}" }, services =>
        {
            services.AddSingleton(FixtureCatalog.Operations);
            services.AddSingleton<IScpOperationInvoker>(new RecordingInvoker());
        });
        try
        {
            await app.StartAsync();
            using var http = new HttpClient();
            var url = app.Urls.First();

            var (upStatus, upBody) = await WaitForReadinessAsync(http, url, HttpStatusCode.OK);
            Assert.Equal(HttpStatusCode.OK, upStatus);
            Assert.Equal("""{"status":"ready","checks":{"catalogue":"ok","redis":"ok"}}""", upBody);

            redis.Kill();
            await redis.WaitForExitAsync();
            redis.Dispose();
            var (downStatus, downBody) = await WaitForReadinessAsync(http, url, HttpStatusCode.ServiceUnavailable);
            using var alive = await http.GetAsync(url + "/healthz");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, downStatus);
            Assert.Contains("\"redis\":\"Redis does not answer", downBody, StringComparison.Ordinal);
            Assert.DoesNotContain(port.ToString(System.Globalization.CultureInfo.InvariantCulture), downBody, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);

            redis = await StartRedisAsync(port);
            var (backStatus, backBody) = await WaitForReadinessAsync(http, url, HttpStatusCode.OK);
            Assert.Equal(HttpStatusCode.OK, backStatus);
            Assert.Contains("\"redis\":\"ok\"", backBody, StringComparison.Ordinal);
        }
        finally
        {
            await app.DisposeAsync();
            if (!redis.HasExited)
            {
                redis.Kill();
                await redis.WaitForExitAsync();
            }

            redis.Dispose();
        }
    }

    [Fact]
    public void SingleUseRecords_NoRedisConfigured_UsesMemory()
    {
        Assert.IsType<MemorySingleUseRecord>(SingleUseRecords.Create(null, TimeProvider.System));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls <c>/readyz</c> until it answers <paramref name="wanted"/> (at most 30 s); returns the last answer.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> WaitForReadinessAsync(HttpClient http, string url, HttpStatusCode wanted)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            using var response = await http.GetAsync(url + "/readyz");
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == wanted || DateTime.UtcNow > deadline)
            {
                return (response.StatusCode, body);
            }

            await Task.Delay(200);
        }
    }

    private static async Task<Process> StartRedisAsync(int port)
    {
        var redis = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await WaitForPortAsync(port);
        return redis;
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"redis-server did not listen on {port}.");
    }
}
