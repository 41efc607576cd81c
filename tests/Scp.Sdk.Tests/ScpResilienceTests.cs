using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Scp.Sdk.Configuration;
using Scp.Sdk.Errors;
using Scp.Sdk.Invocation;
using Scp.Sdk.Tests.Support;
using Scp.Sdk.Transport;

namespace Scp.Sdk.Tests;

public class ScpResilienceTests
{
    private static readonly ScpSettings Settings = new() { AccessKey = "AKTEST", SecretKey = "SKTEST" };

    private static ScpOperationRequest Request(string method) => new() { Operation = TestOperations.Operation(method, "/v1/volumes") };

    private static long Timestamp(RecordedRequest r) => long.Parse(r.Headers[ScpHeaders.Timestamp], CultureInfo.InvariantCulture);

    [Fact]
    public async Task Retry_ResignsWithNewTimestamp()
    {
        var server = new RecordingHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        var clock = new SteppingTimeProvider();
        using var invoker = ScpHttpInvoker.Create(Settings, new ScpResilienceOptions(), clock, server);

        await clock.RunAsync(invoker.SendAsync(Request("GET")));

        var (first, second) = (server.Requests[0], server.Requests[1]);
        var delay = Assert.Single(clock.Delays);
        Assert.Equal((long)delay.TotalMilliseconds, Timestamp(second) - Timestamp(first), tolerance: 1);
        Assert.True(Timestamp(second) > Timestamp(first));
        Assert.NotEqual(first.Headers[ScpHeaders.Signature], second.Headers[ScpHeaders.Signature]);
        foreach (var attempt in server.Requests)
        {
            Assert.True(ScpSigner.VerifySignature("GET", attempt.AbsoluteUri, Timestamp(attempt), "AKTEST", "SKTEST", null, attempt.Headers[ScpHeaders.Signature]));
        }
    }

    [Theory]
    [InlineData("GET", HttpStatusCode.InternalServerError)]
    [InlineData("GET", HttpStatusCode.RequestTimeout)]
    [InlineData("PUT", HttpStatusCode.BadGateway)]
    [InlineData("DELETE", HttpStatusCode.TooManyRequests)]
    public async Task Retry_IdempotentMethodTransientStatus_RetriedUntilSuccess(string method, HttpStatusCode status)
    {
        var server = new RecordingHandler(status, status, HttpStatusCode.OK);
        var clock = new SteppingTimeProvider();
        using var invoker = ScpHttpInvoker.Create(Settings, new ScpResilienceOptions(), clock, server);

        var response = await clock.RunAsync(invoker.SendAsync(Request(method)));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Retry_TransientStatusEveryTime_GivesUpAfterMaxAttemptsWithApiException()
    {
        var server = new RecordingHandler(HttpStatusCode.ServiceUnavailable);
        var clock = new SteppingTimeProvider();
        using var invoker = ScpHttpInvoker.Create(Settings, new ScpResilienceOptions { MaxRetryAttempts = 2 }, clock, server);

        var ex = await Assert.ThrowsAsync<ScpApiException>(() => clock.RunAsync(invoker.SendAsync(Request("GET"))));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal(3, server.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.NotImplemented)]
    public async Task Retry_NonTransientStatus_NotRetried(HttpStatusCode status)
    {
        var server = new RecordingHandler(status, HttpStatusCode.OK);
        var clock = new SteppingTimeProvider();
        using var invoker = ScpHttpInvoker.Create(Settings, new ScpResilienceOptions(), clock, server);

        var ex = await Assert.ThrowsAsync<ScpApiException>(() => clock.RunAsync(invoker.SendAsync(Request("GET"))));

        Assert.Equal((int)status, ex.StatusCode);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Retry_PostAnsweredWithTransientStatus_NotRetried(HttpStatusCode status)
    {
        var server = new RecordingHandler(status, HttpStatusCode.OK);
        var clock = new SteppingTimeProvider();
        using var invoker = ScpHttpInvoker.Create(Settings, new ScpResilienceOptions(), clock, server);

        var ex = await Assert.ThrowsAsync<ScpApiException>(() => clock.RunAsync(invoker.SendAsync(Request("POST"))));

        Assert.Equal((int)status, ex.StatusCode);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(HttpRequestError.ResponseEnded)]
    [InlineData(HttpRequestError.InvalidResponse)]
    [InlineData(HttpRequestError.Unknown)]
    public async Task Retry_PostFailedAfterItMayHaveBeenSent_NotRetried(HttpRequestError error)
    {
        var server = new RecordingHandler(r => r.Attempt == 0 ? throw new HttpRequestException(error, "connection dropped") : new HttpResponseMessage(HttpStatusCode.OK));
        var clock = new SteppingTimeProvider();
        using var invoker = ScpHttpInvoker.Create(Settings, new ScpResilienceOptions(), clock, server);

        await Assert.ThrowsAsync<HttpRequestException>(() => clock.RunAsync(invoker.SendAsync(Request("POST"))));

        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError)]
    [InlineData(HttpRequestError.NameResolutionError)]
    public async Task Retry_PostConnectionNeverOpened_Retried(HttpRequestError error)
    {
        var server = new RecordingHandler(r => r.Attempt == 0 ? throw new HttpRequestException(error, "refused") : new HttpResponseMessage(HttpStatusCode.Created));
        var clock = new SteppingTimeProvider();
        using var invoker = ScpHttpInvoker.Create(Settings, new ScpResilienceOptions(), clock, server);

        var response = await clock.RunAsync(invoker.SendAsync(Request("POST")));

        Assert.Equal(201, response.StatusCode);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Retry_GetNetworkError_Retried()
    {
        var server = new RecordingHandler(r => r.Attempt == 0 ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "dropped") : new HttpResponseMessage(HttpStatusCode.OK));
        var clock = new SteppingTimeProvider();
        using var invoker = ScpHttpInvoker.Create(Settings, new ScpResilienceOptions(), clock, server);

        await clock.RunAsync(invoker.SendAsync(Request("GET")));

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Retry_RetryAfterSeconds_WaitsExactlyThatLong()
    {
        var server = new RecordingHandler(r =>
        {
            var response = new HttpResponseMessage(r.Attempt == 0 ? HttpStatusCode.TooManyRequests : HttpStatusCode.OK);
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
            return response;
        });
        var clock = new SteppingTimeProvider();
        var retries = new List<ScpRetryInfo>();
        using var invoker = ScpHttpInvoker.Create(Settings, new ScpResilienceOptions { OnRetry = retries.Add }, clock, server);

        await clock.RunAsync(invoker.SendAsync(Request("GET")));

        Assert.Equal(7000, Timestamp(server.Requests[1]) - Timestamp(server.Requests[0]));
        Assert.Equal(TimeSpan.FromSeconds(7), Assert.Single(retries).Delay);
        Assert.Equal(429, retries[0].StatusCode);
    }

    [Fact]
    public async Task Retry_RetryAfterHttpDate_WaitsUntilThatTime()
    {
        var clock = new SteppingTimeProvider();
        var server = new RecordingHandler(r =>
        {
            var response = new HttpResponseMessage(r.Attempt == 0 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK);
            response.Headers.RetryAfter = new RetryConditionHeaderValue(clock.GetUtcNow().AddSeconds(12));
            return response;
        });
        using var invoker = ScpHttpInvoker.Create(Settings, new ScpResilienceOptions(), clock, server);

        await clock.RunAsync(invoker.SendAsync(Request("GET")));

        Assert.Equal(12000, Timestamp(server.Requests[1]) - Timestamp(server.Requests[0]));
    }

    [Fact]
    public async Task Retry_RetryAfterLongerThanAllowed_ReturnedToCallerUnretried()
    {
        var server = new RecordingHandler(r =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(10));
            return response;
        });
        var clock = new SteppingTimeProvider();
        using var invoker = ScpHttpInvoker.Create(Settings, new ScpResilienceOptions(), clock, server);

        var ex = await Assert.ThrowsAsync<ScpApiException>(() => clock.RunAsync(invoker.SendAsync(Request("GET"))));

        Assert.Equal(429, ex.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Timeout_AttemptHangsForGet_RetriedThenTimeoutException()
    {
        var attempts = new SemaphoreSlim(0);
        var server = new RecordingHandler(async r =>
        {
            attempts.Release();
            await Task.Delay(Timeout.Infinite, r.CancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var clock = new SteppingTimeProvider();
        var options = new ScpResilienceOptions { MaxRetryAttempts = 1, AttemptTimeout = TimeSpan.FromSeconds(5), TotalTimeout = null };
        using var invoker = ScpHttpInvoker.Create(Settings, options, clock, server);

        var call = Task.Run(() => invoker.SendAsync(Request("GET")));
        await attempts.WaitAsync();
        clock.Advance(TimeSpan.FromSeconds(5));
        var pumped = clock.RunAsync(Task.Run(async () => { await attempts.WaitAsync(); return 0; }));
        await pumped;
        clock.Advance(TimeSpan.FromSeconds(5));

        var ex = await Assert.ThrowsAsync<TimeoutException>(() => call);
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("GET", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeout_AttemptHangsForPost_NotRetried()
    {
        var attempts = new SemaphoreSlim(0);
        var server = new RecordingHandler(async r =>
        {
            attempts.Release();
            await Task.Delay(Timeout.Infinite, r.CancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var clock = new SteppingTimeProvider();
        using var invoker = ScpHttpInvoker.Create(Settings, new ScpResilienceOptions { AttemptTimeout = TimeSpan.FromSeconds(5), TotalTimeout = null }, clock, server);

        var call = Task.Run(() => invoker.SendAsync(Request("POST")));
        await attempts.WaitAsync();
        clock.Advance(TimeSpan.FromSeconds(5));

        var ex = await Assert.ThrowsAsync<TimeoutException>(() => call);
        Assert.Single(server.Requests);
        Assert.Contains("may have been carried out", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeout_TotalTimeoutPasses_TimeoutException()
    {
        var attempts = new SemaphoreSlim(0);
        var server = new RecordingHandler(async r =>
        {
            attempts.Release();
            await Task.Delay(Timeout.Infinite, r.CancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var clock = new SteppingTimeProvider();
        using var invoker = ScpHttpInvoker.Create(Settings, new ScpResilienceOptions { AttemptTimeout = null, TotalTimeout = TimeSpan.FromSeconds(20) }, clock, server);

        var call = Task.Run(() => invoker.SendAsync(Request("GET")));
        await attempts.WaitAsync();
        clock.Advance(TimeSpan.FromSeconds(20));

        await Assert.ThrowsAsync<TimeoutException>(() => call);
        Assert.Single(server.Requests);
    }
}
