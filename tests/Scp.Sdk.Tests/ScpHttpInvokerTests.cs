using System.Net;
using System.Text;
using Scp.Sdk.Catalog;
using Scp.Sdk.Configuration;
using Scp.Sdk.Errors;
using Scp.Sdk.Invocation;
using Scp.Sdk.Tests.Support;
using Scp.Sdk.Transport;

namespace Scp.Sdk.Tests;

public class ScpHttpInvokerTests
{
    private static ScpSettings Settings(Uri? endpoint = null) => new()
    {
        AccessKey = "AKTEST",
        SecretKey = "SKTEST",
        Region = "kr-west1",
        Environment = "e",
        EndpointOverride = endpoint,
    };

    private static ScpResilienceOptions NoRetry => new() { MaxRetryAttempts = 0, AttemptTimeout = null, TotalTimeout = null };

    [Fact]
    public async Task SendAsync_PathAndQueryWithReservedAndNonAscii_SignsExactlyTheUrlSent()
    {
        var server = new RecordingHandler(HttpStatusCode.OK);
        var clock = new SteppingTimeProvider();
        using var invoker = ScpHttpInvoker.Create(Settings(), NoRetry, clock, server);
        var request = new ScpOperationRequest
        {
            Operation = TestOperations.Operation("GET", "/v1/volumes/{volume_id}", parameters: [("volume_id", ScpParameterLocation.Path), ("name", ScpParameterLocation.Query)]),
        };
        request.PathValues["volume_id"] = "vol 1/볼륨?";
        request.QueryValues.Add(new("name", "a&b=c d%"));
        request.QueryValues.Add(new("limit", "20"));

        await invoker.SendAsync(request);

        var sent = Assert.Single(server.Requests);
        const string expected = "https://filestorage.kr-west1.e.samsungsdscloud.com/v1/volumes/vol%201%2F%EB%B3%BC%EB%A5%A8%3F?name=a%26b%3Dc%20d%25&limit=20";
        Assert.Equal(expected, sent.AbsoluteUri);
        Assert.Equal("/v1/volumes/vol%201%2F%EB%B3%BC%EB%A5%A8%3F?name=a%26b%3Dc%20d%25&limit=20", sent.PathAndQuery);
        Assert.True(ScpSigner.VerifySignature(
            "GET", expected, long.Parse(sent.Headers[ScpHeaders.Timestamp], System.Globalization.CultureInfo.InvariantCulture),
            "AKTEST", "SKTEST", null, sent.Headers[ScpHeaders.Signature]));
    }

    [Fact]
    public async Task SendAsync_Always_SendsApiVersionLanguageClientTypeAndHeaderParameters()
    {
        var server = new RecordingHandler(HttpStatusCode.OK);
        var settings = Settings();
        settings.Language = "ko-KR";
        settings.AccountId = "acc-7";
        using var invoker = ScpHttpInvoker.Create(settings, NoRetry, new SteppingTimeProvider(), server);
        var request = new ScpOperationRequest { Operation = TestOperations.Operation("GET", "/v1/x", "baremetal-blockstorage", "1.2") };
        request.HeaderValues["X-Custom-Id"] = "abc";

        await invoker.SendAsync(request);

        var headers = Assert.Single(server.Requests).Headers;
        Assert.Equal("baremetal-blockstorage 1.2", headers[ScpHeaders.ApiVersion]);
        Assert.Equal("ko-KR", headers[ScpHeaders.AcceptLanguage]);
        Assert.Equal("Openapi", headers[ScpHeaders.ClientType]);
        Assert.Equal("acc-7", headers[ScpHeaders.AccountId]);
        Assert.Equal("AKTEST", headers[ScpHeaders.AccessKey]);
        Assert.Equal("abc", headers["X-Custom-Id"]);
        Assert.StartsWith("https://baremetal-blockstorage.kr-west1.e.samsungsdscloud.com/", Assert.Single(server.Requests).AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_JsonBody_SentAsApplicationJson()
    {
        var server = new RecordingHandler(HttpStatusCode.Accepted);
        using var invoker = ScpHttpInvoker.Create(Settings(), NoRetry, new SteppingTimeProvider(), server);
        var request = new ScpOperationRequest { Operation = TestOperations.Operation("POST", "/v1/volumes"), JsonBody = Encoding.UTF8.GetBytes("""{"name":"볼륨"}""") };

        var response = await invoker.SendAsync(request);

        var sent = Assert.Single(server.Requests);
        Assert.Equal("application/json", sent.ContentType);
        Assert.Equal("""{"name":"볼륨"}""", sent.Body);
        Assert.Equal(202, response.StatusCode);
    }

    [Fact]
    public async Task SendAsync_EndpointOverride_ReplacesBaseOfEveryProduct()
    {
        var server = new RecordingHandler(HttpStatusCode.OK);
        using var invoker = ScpHttpInvoker.Create(Settings(new Uri("http://127.0.0.1:5100/scp/")), NoRetry, new SteppingTimeProvider(), server);

        await invoker.SendAsync(new ScpOperationRequest { Operation = TestOperations.Operation("GET", "/v1/buckets", "archivestorage") });
        await invoker.SendAsync(new ScpOperationRequest { Operation = TestOperations.Operation("GET", "/v1/backups", "backup") });

        Assert.Equal(["http://127.0.0.1:5100/scp/v1/buckets", "http://127.0.0.1:5100/scp/v1/backups"], server.Requests.Select(r => r.AbsoluteUri));
        Assert.Equal(["archivestorage 1.1", "backup 1.1"], server.Requests.Select(r => r.Headers[ScpHeaders.ApiVersion]));
    }

    [Fact]
    public async Task SendAsync_SuccessBody_ReturnsBodyAndRequestId()
    {
        var server = new RecordingHandler(_ => new HttpResponseMessage(HttpStatusCode.Accepted)
        {
            Content = new StringContent("""{"request_id":"req-1","resource_id":"res-1"}""", Encoding.UTF8, "application/json"),
        });
        using var invoker = ScpHttpInvoker.Create(Settings(), NoRetry, new SteppingTimeProvider(), server);

        var response = await invoker.SendAsync(new ScpOperationRequest { Operation = TestOperations.Operation("POST", "/v1/volumes") });

        Assert.Equal("req-1", response.RequestId);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("""{"request_id":"req-1","resource_id":"res-1"}""", Encoding.UTF8.GetString(response.Body.Span));
    }

    [Theory]
    [InlineData("""{"data":{"request_id":"inner"},"request_id":"outer"}""", "outer")]
    [InlineData("""{"data":{"request_id":"inner"},"items":[{"request_id":"item"}]}""", "from-header")]
    [InlineData("""{"request_id":{"value":"nested"},"next":1}""", "from-header")]
    [InlineData("""{"request_id":""}""", "from-header")]
    [InlineData("""{"request_id":"first","request_id":"last"}""", "last")]
    [InlineData("""{"request_id":"r-1"} trailing""", "from-header")]
    [InlineData("""[{"request_id":"r-1"}]""", "from-header")]
    public async Task SendAsync_BodyRequestId_OnlyTopLevelStringOfWellFormedObject(string body, string expected)
    {
        var server = new RecordingHandler(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            response.Headers.TryAddWithoutValidation("X-Request-Id", "from-header");
            return response;
        });
        using var invoker = ScpHttpInvoker.Create(Settings(), NoRetry, new SteppingTimeProvider(), server);

        var response = await invoker.SendAsync(new ScpOperationRequest { Operation = TestOperations.Operation("GET", "/v1/volumes") });

        Assert.Equal(expected, response.RequestId);
    }

    [Fact]
    public async Task SendAsync_ErrorStatus_ThrowsScpApiExceptionWithParsedFields()
    {
        var server = new RecordingHandler(_ => new HttpResponseMessage(HttpStatusCode.Conflict)
        {
            Content = new StringContent("""{"errors":[{"code":"CONFLICT","title":"Volume busy","status":409,"detail":"volume is attaching","request_id":"r-9"}]}"""),
        });
        using var invoker = ScpHttpInvoker.Create(Settings(), NoRetry, new SteppingTimeProvider(), server);

        var ex = await Assert.ThrowsAsync<ScpApiException>(() =>
            invoker.SendAsync(new ScpOperationRequest { Operation = TestOperations.Operation("DELETE", "/v1/volumes/v1") }));

        Assert.Equal(409, ex.StatusCode);
        Assert.Equal("CONFLICT", ex.ErrorCode);
        Assert.Equal("r-9", ex.RequestId);
        Assert.Equal("DELETE", ex.Method);
        Assert.Contains("volume is attaching", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.Hint);
    }

    [Fact]
    public async Task SendAsync_NoCredentials_ThrowsConfigurationErrorBeforeSending()
    {
        var server = new RecordingHandler(HttpStatusCode.OK);
        using var invoker = ScpHttpInvoker.Create(new ScpSettings(), NoRetry, new SteppingTimeProvider(), server);

        var ex = await Assert.ThrowsAsync<ScpConfigurationException>(() =>
            invoker.SendAsync(new ScpOperationRequest { Operation = TestOperations.Operation("GET", "/v1/x") }));

        Assert.Contains("SCP_ACCESS_KEY", ex.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task SendAsync_HeaderValueWithLineBreak_Rejected()
    {
        using var invoker = ScpHttpInvoker.Create(Settings(), NoRetry, new SteppingTimeProvider(), new RecordingHandler(HttpStatusCode.OK));
        var request = new ScpOperationRequest { Operation = TestOperations.Operation("GET", "/v1/x") };
        request.HeaderValues["X-A"] = "a\r\nScp-Accesskey: other";

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => invoker.SendAsync(request));

        Assert.Contains("X-A", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_CallerCancels_CancellationReachesTheServerCall()
    {
        var started = new TaskCompletionSource();
        var server = new RecordingHandler(async r =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, r.CancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var invoker = ScpHttpInvoker.Create(Settings(), new ScpResilienceOptions(), new SteppingTimeProvider(), server);
        using var cts = new CancellationTokenSource();

        var call = Task.Run(() => invoker.SendAsync(new ScpOperationRequest { Operation = TestOperations.Operation("GET", "/v1/x") }, cts.Token));
        await started.Task;
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(server.Requests);
    }
}
