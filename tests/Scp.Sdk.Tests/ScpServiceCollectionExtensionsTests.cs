using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Scp.Sdk.Configuration;
using Scp.Sdk.DependencyInjection;
using Scp.Sdk.Invocation;
using Scp.Sdk.Tests.Support;
using Scp.Sdk.Transport;

namespace Scp.Sdk.Tests;

public class ScpServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddScpClient_RegisteredClock_RetriesOutsideSigningWithThatClock()
    {
        var clock = new SteppingTimeProvider();
        var server = new RecordingHandler(HttpStatusCode.BadGateway, HttpStatusCode.OK);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddScpClient(new ScpSettings { AccessKey = "AKTEST", SecretKey = "SKTEST" })
            .ConfigurePrimaryHttpMessageHandler(() => server);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ScpClient>();

        await clock.RunAsync(client.Invoker.SendAsync(new ScpOperationRequest { Operation = TestOperations.Operation("GET", "/v1/volumes") }));

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("1700000000000", server.Requests[0].Headers[ScpHeaders.Timestamp]);
        var retryDelay = Assert.Single(clock.Delays);
        Assert.Equal(
            (1_700_000_000_000 + (long)retryDelay.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            server.Requests[1].Headers[ScpHeaders.Timestamp]);
        Assert.NotEqual(server.Requests[0].Headers[ScpHeaders.Signature], server.Requests[1].Headers[ScpHeaders.Signature]);
    }

    [Fact]
    public async Task AddScpClient_ConfigureResilience_OptionsApplied()
    {
        var server = new RecordingHandler(HttpStatusCode.ServiceUnavailable);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new SteppingTimeProvider());
        services.AddScpClient(new ScpSettings { AccessKey = "AKTEST", SecretKey = "SKTEST" }, r => r.MaxRetryAttempts = 0)
            .ConfigurePrimaryHttpMessageHandler(() => server);
        await using var provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<Errors.ScpApiException>(() => provider.GetRequiredService<IScpOperationInvoker>()
            .SendAsync(new ScpOperationRequest { Operation = TestOperations.Operation("GET", "/v1/volumes") }));

        Assert.Single(server.Requests);
    }
}
