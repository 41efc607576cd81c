using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scp.Sdk.Catalog;
using Scp.Sdk.Configuration;
using Scp.Sdk.DependencyInjection;
using Scp.Sdk.Errors;
using Scp.Sdk.Invocation;
using Scp.Sdk.Tests.Support;

namespace Scp.Sdk.Tests;

/// <summary>
/// Real HTTP over loopback: a listener on 127.0.0.1 checks each request's signature with its own implementation of
/// SCP's algorithm, written here from docs/architecture.md and not shared with the SDK.
/// </summary>
public sealed class EndToEndTests : IDisposable
{
    private const string AccessKey = "AK-E2E-ACCESS";
    private const string SecretKey = "SK-e2e-Secret/Key+123=";
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(string RawUrl, string SignedUrl, bool SignatureValid, string? Signature, string? ApiVersion)> _seen = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly CapturingLoggerProvider _logs = new();
    private int _failuresLeft;
    private readonly string _baseUrl;

    public EndToEndTests()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        _baseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(_baseUrl + "/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    [Fact]
    public async Task SendAsync_RealHttp_ServerVerifiesSignatureOfExactUrl()
    {
        await using var provider = Services();
        var invoker = provider.GetRequiredService<ScpClient>().Invoker;
        var request = new ScpOperationRequest
        {
            Operation = TestOperations.Operation("GET", "/v1/volumes/{volume_id}", "baremetal-blockstorage", "1.2", ("volume_id", ScpParameterLocation.Path)),
        };
        request.PathValues["volume_id"] = "볼륨 1/a?b#c%d+e";
        request.QueryValues.Add(new("name", "한글 & = + / ? %20"));
        request.QueryValues.Add(new("offset", "0"));

        var response = await invoker.SendAsync(request);

        Assert.Equal(200, response.StatusCode);
        var seen = Assert.Single(_seen);
        Assert.True(seen.SignatureValid, $"server computed a different signature for {seen.SignedUrl}");
        Assert.Equal(
            "/v1/volumes/%EB%B3%BC%EB%A5%A8%201%2Fa%3Fb%23c%25d%2Be?name=%ED%95%9C%EA%B8%80%20%26%20%3D%20%2B%20%2F%20%3F%20%2520&offset=0",
            seen.RawUrl);
        Assert.Equal("baremetal-blockstorage 1.2", seen.ApiVersion);
        Assert.Equal(seen.RawUrl, response.RequestUri!.PathAndQuery);
    }

    [Fact]
    public async Task SendAsync_RealHttpRetry_EachAttemptSignedValidly()
    {
        _failuresLeft = 2;
        await using var provider = Services();
        var invoker = provider.GetRequiredService<IScpOperationInvoker>();

        var response = await invoker.SendAsync(new ScpOperationRequest { Operation = TestOperations.Operation("GET", "/v1/volumes") });

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(3, _seen.Count);
        Assert.All(_seen, s => Assert.True(s.SignatureValid));
        Assert.Equal(3, _seen.Select(s => s.Signature).Distinct().Count());
    }

    [Fact]
    public async Task Everything_LogsExceptionsAndToString_NeverShowSecretOrSignature()
    {
        await using var provider = Services();
        var invoker = provider.GetRequiredService<IScpOperationInvoker>();
        var texts = new List<string>();
        _failuresLeft = 1;
        await invoker.SendAsync(new ScpOperationRequest { Operation = TestOperations.Operation("GET", "/v1/volumes") });
        var unauthorized = await Assert.ThrowsAsync<ScpApiException>(() =>
            invoker.SendAsync(new ScpOperationRequest { Operation = TestOperations.Operation("DELETE", "/v1/unauthorized") }));
        texts.Add(unauthorized.ToString());
        texts.Add(provider.GetRequiredService<ScpSettings>().ToString());
        texts.Add(provider.GetRequiredService<ScpSettings>().GetRequiredCredentials().ToString());
        var badSecret = Assert.Throws<ScpConfigurationException>(() => new ScpSettings { AccessKey = AccessKey, SecretKey = SecretKey + " x" }.Validate());
        texts.Add(badSecret.ToString());
        texts.AddRange(_logs.Lines);

        Assert.Contains(_logs.Lines, l => l.Contains("/v1/volumes", StringComparison.Ordinal));
        var signatures = _seen.Select(s => s.Signature!).ToList();
        Assert.NotEmpty(signatures);
        foreach (var text in texts)
        {
            Assert.DoesNotContain(SecretKey, text, StringComparison.Ordinal);
            Assert.DoesNotContain("SK-e2e", text, StringComparison.Ordinal);
            Assert.DoesNotContain(AccessKey, text, StringComparison.Ordinal);
            foreach (var signature in signatures)
            {
                Assert.DoesNotContain(signature, text, StringComparison.Ordinal);
            }
        }
    }

    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        services.AddScpClient(
            new ScpSettings { AccessKey = AccessKey, SecretKey = SecretKey, AccountId = "acc-e2e", EndpointOverride = new Uri(_baseUrl) },
            r => (r.BaseDelay, r.UseJitter) = (TimeSpan.FromMilliseconds(5), false));
        return services.BuildServiceProvider();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var request = context.Request;
            var signedUrl = _baseUrl + request.RawUrl;
            var signature = request.Headers["Scp-Signature"];
            var valid = signature == ReferenceSignature(
                request.HttpMethod, signedUrl, request.Headers["Scp-Timestamp"] ?? "", request.Headers["Scp-Accesskey"] ?? "",
                request.Headers["Scp-AccountId"] ?? "")
                && request.Headers["Scp-ClientType"] == "Openapi" && request.Headers["Scp-Accesskey"] == AccessKey;
            _seen.Enqueue((request.RawUrl!, signedUrl, valid, signature, request.Headers["Scp-Api-Version"]));

            var status = !valid || request.RawUrl!.StartsWith("/v1/unauthorized", StringComparison.Ordinal) ? 401
                : Interlocked.Decrement(ref _failuresLeft) >= 0 ? 503 : 200;
            var body = status switch
            {
                401 => """{"status":401,"name":"UnauthorizedException","message":"signature mismatch"}""",
                503 => """{"errors":[{"code":"UNAVAILABLE","title":"try again","status":503}]}""",
                _ => """{"request_id":"e2e-1","contents":[]}""",
            };
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    /// <summary>SCP's signature, written independently: HMAC-SHA256 over METHOD, URL, timestamp, access key, account id, "Openapi".</summary>
    private static string ReferenceSignature(string method, string url, string timestamp, string accessKey, string accountId)
    {
        var message = new StringBuilder().Append(method).Append(url).Append(timestamp).Append(accessKey).Append(accountId).Append("Openapi").ToString();
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(SecretKey));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(message)));
    }

    [Fact]
    public void ReferenceSignature_KnownVector_Matches()
    {
        using var hmac = new HMACSHA256("SKTEST"u8.ToArray());
        var message = "GEThttps://filestorage.kr-west1.e.samsungsdscloud.com/v1/volumes?limit=20&offset=0" + 1605290625682.ToString(CultureInfo.InvariantCulture) + "AKTEST" + "Openapi";

        Assert.Equal("6FQpTBAPxpqeuzCzFasBLbCnzHe6IJP+mrZagAsQmJA=", Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(message))));
    }
}
