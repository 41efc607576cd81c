using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Scp.Mcp.Server;
using Scp.Mcp.Server.Safety;
using Scp.Mcp.Server.Tests.Fixtures;

namespace Scp.Mcp.Server.Tests;

/// <summary>The single-use record in Redis (--redis): shared by replicas, and failing closed when Redis is gone.</summary>
public sealed partial class ConfirmationGateTests
{
    [Fact]
    public async Task TokenService_RedisRecord_TokenUsedOnOneReplicaIsRefusedOnAnother()
    {
        var port = FreePort();
        using var redis = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        try
        {
            await WaitForPortAsync(port);
            var key = "replica-shared-key-0123456789"u8.ToArray();
            await using var recordA = (RedisSingleUseRecord)SingleUseRecords.Create($"127.0.0.1:{port}", TimeProvider.System);
            await using var recordB = (RedisSingleUseRecord)SingleUseRecords.Create($"127.0.0.1:{port}", TimeProvider.System);
            var replicaA = new ConfirmTokenService(key, TimeProvider.System, uses: recordA);
            var replicaB = new ConfirmTokenService(key, TimeProvider.System, uses: recordB);
            using var args = JsonDocument.Parse("""{"volume_id":"v1"}""");
            var token = replicaA.Issue("file_delete_volume", args.RootElement);

            Assert.Equal(ConfirmTokenStatus.Valid, await replicaB.VerifyAsync(token, "file_delete_volume", args.RootElement));
            Assert.Equal(ConfirmTokenStatus.Replayed, await replicaA.VerifyAsync(token, "file_delete_volume", args.RootElement));
            Assert.Equal(ConfirmTokenStatus.Replayed, await replicaB.VerifyAsync(token, "file_delete_volume", args.RootElement));
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
