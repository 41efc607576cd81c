using System.Text.Json.Nodes;
using Scp.Sdk.Errors;
using Scp.Sdk.Transport;

namespace Scp.Emulator.Tests;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task ServerErrorRateOne_ForOneOperation_Answers503OnlyThere()
    {
        await using var s = await EmulatorSession.StartAsync(o => o.Faults.Add(new ScpEmulatorFaultRule { Product = "filestorage", OperationId = "ListVolumes", ServerErrorRate = 1 }));
        var ex = await Assert.ThrowsAsync<ScpApiException>(() => s.CallAsync("filestorage", "ListVolumes"));
        Assert.Equal(503, ex.StatusCode);
        Assert.Equal("ServiceUnavailable", ex.ErrorCode);
        Assert.NotNull(await s.CallAsync("filestorage", "CreateVolume", JsonNode.Parse("""{"name":"vol_a","protocol":"NFS","type_name":"HDD"}""")));
        Assert.NotNull(await s.CallAsync("baremetal-blockstorage", "ListVolumes"));
    }

    [Fact]
    public async Task TooManyRequestsRateOne_ForAProduct_Answers429WithRetryAfter()
    {
        await using var s = await EmulatorSession.StartAsync(o => o.Faults.Add(new ScpEmulatorFaultRule { Product = "backup", TooManyRequestsRate = 1 }));
        var ex = await Assert.ThrowsAsync<ScpApiException>(() => s.CallAsync("backup", "ListBackups"));
        Assert.Equal(429, ex.StatusCode);
        Assert.NotNull(await s.CallAsync("filestorage", "ListVolumes"));
    }

    [Fact]
    public async Task TooManyRequests_SdkRetriesHonourRetryAfterThenSucceedsWhenFaultClears()
    {
        var retries = 0;
        await using var s = await EmulatorSession.StartAsync(o =>
        {
            o.Clock = TimeProvider.System;
            o.FaultSeed = 7;
            o.Faults.Add(new ScpEmulatorFaultRule { OperationId = "ListBuckets", TooManyRequestsRate = 0.5 });
        });
        using var invoker = EmulatorSession.CreateInvoker(s.Host, TimeProvider.System, ScpEmulatorDefaults.AccessKey, ScpEmulatorDefaults.SecretKey,
            new ScpResilienceOptions { MaxRetryAttempts = 8, BaseDelay = TimeSpan.FromMilliseconds(1), MaxRetryAfter = TimeSpan.FromSeconds(2), OnRetry = _ => retries++ });
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(200, (await EmulatorSession.Send(invoker, "archivestorage", "ListBuckets")).StatusCode);
        }

        Assert.True(retries > 0, "with a 50 % 429 rate and seed 7, some attempts must have been retried");
    }

    [Fact]
    public async Task DropConnectionRateOne_AbortsWithoutAnswer()
    {
        await using var s = await EmulatorSession.StartAsync(o => o.Faults.Add(new ScpEmulatorFaultRule { OperationId = "ShowBucket", DropConnectionRate = 1 }));
        await Assert.ThrowsAsync<HttpRequestException>(() => s.CallAsync("archivestorage", "ShowBucket", path: [("bucket_id", "x")]));
        Assert.NotNull(await s.CallAsync("archivestorage", "ListBuckets"));
    }

    [Fact]
    public async Task Latency_LongerThanClientAttemptTimeout_TimesOut()
    {
        await using var s = await EmulatorSession.StartAsync(o =>
        {
            o.Clock = TimeProvider.System;
            o.Faults.Add(new ScpEmulatorFaultRule { Product = "cloud-ml", Latency = TimeSpan.FromSeconds(10) });
        });
        using var invoker = EmulatorSession.CreateInvoker(s.Host, TimeProvider.System, ScpEmulatorDefaults.AccessKey, ScpEmulatorDefaults.SecretKey,
            new ScpResilienceOptions { MaxRetryAttempts = 0, TotalTimeout = null, AttemptTimeout = TimeSpan.FromMilliseconds(300) });
        await Assert.ThrowsAsync<TimeoutException>(() => EmulatorSession.Send(invoker, "cloud-ml", "GetCloudMlCluster", path: [("cluster_id", "c1")]));
    }

    [Fact]
    public async Task ZeroRates_NeverInjectFaults()
    {
        await using var s = await EmulatorSession.StartAsync(o => o.Faults.Add(new ScpEmulatorFaultRule { ServerErrorRate = 0, TooManyRequestsRate = 0, DropConnectionRate = 0 }));
        for (var i = 0; i < 20; i++)
        {
            Assert.NotNull(await s.CallAsync("filestorage", "ListVolumes"));
        }
    }
}
