using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Scp.Sdk.Errors;
using Scp.Sdk.Transport;

namespace Scp.Emulator.Tests;

/// <summary>The emulator checks every request like SCP: headers, key, signature, timestamp, product.</summary>
public sealed class SignatureTests
{
    private static async Task<(HttpStatusCode Status, JsonNode? Body)> RawAsync(EmulatorSession s, string signedUrl, string sentUrl, string apiVersion,
        string accessKey = ScpEmulatorDefaults.AccessKey, string secretKey = ScpEmulatorDefaults.SecretKey, DateTimeOffset? at = null, bool sign = true)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(s.Host.BaseUrl + sentUrl));
        if (sign)
        {
            foreach (var (name, value) in ScpSigner.CreateHeaders("GET", new Uri(s.Host.BaseUrl + signedUrl).AbsoluteUri, at ?? s.Clock.GetUtcNow(), new ScpCredentials(accessKey, secretKey)))
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        request.Headers.TryAddWithoutValidation("Scp-Api-Version", apiVersion);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static string Detail(JsonNode? body) => body!["errors"]![0]!["detail"]!.GetValue<string>();

    [Fact]
    public async Task SignedRequest_DefaultKeys_IsAccepted()
    {
        await using var s = await EmulatorSession.StartAsync();
        var (status, body) = await RawAsync(s, "/v1/volumes?limit=20&offset=0", "/v1/volumes?limit=20&offset=0", "filestorage 1.1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task SdkSignedRequest_NonAsciiAndSpacesInQuery_IsAcceptedAndFilters()
    {
        await using var s = await EmulatorSession.StartAsync();
        var list = await s.CallAsync("filestorage", "ListVolumes", query: [("name", "볼륨 한글 & more"), ("type_name", "a+b=c")]);
        Assert.Equal(0, list!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task WrongSecretKey_Is401WithScpErrorShape()
    {
        await using var s = await EmulatorSession.StartAsync();
        using var invoker = EmulatorSession.CreateInvoker(s.Host, s.Clock, ScpEmulatorDefaults.AccessKey, "not-the-secret");
        var ex = await Assert.ThrowsAsync<ScpApiException>(() => EmulatorSession.Send(invoker, "filestorage", "ListVolumes"));
        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("Unauthorized", ex.ErrorCode);
        Assert.Contains("Signature does not match", ex.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret", ex.Message + ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAccessKey_Is401NamingTheKey()
    {
        await using var s = await EmulatorSession.StartAsync();
        using var invoker = EmulatorSession.CreateInvoker(s.Host, s.Clock, "SOMEONEELSE", ScpEmulatorDefaults.SecretKey);
        var ex = await Assert.ThrowsAsync<ScpApiException>(() => EmulatorSession.Send(invoker, "filestorage", "ListVolumes"));
        Assert.Equal(401, ex.StatusCode);
        Assert.Contains("'SOMEONEELSE' is not known", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredKeyPair_IsAcceptedAndDefaultIsNot()
    {
        await using var s = await EmulatorSession.StartAsync(o => o.KeyPairs.Add(new ScpEmulatorKeyPair("AKTEST", "SKTEST")));
        using var configured = EmulatorSession.CreateInvoker(s.Host, s.Clock, "AKTEST", "SKTEST");
        Assert.Equal(200, (await EmulatorSession.Send(configured, "filestorage", "ListVolumes")).StatusCode);
        var ex = await Assert.ThrowsAsync<ScpApiException>(() => s.CallAsync("filestorage", "ListVolumes"));
        Assert.Equal(401, ex.StatusCode);
    }

    [Fact]
    public async Task StaleTimestamp_Is401EvenWithAValidSignature()
    {
        await using var s = await EmulatorSession.StartAsync();
        var late = new FakeTimeProvider(s.Clock.GetUtcNow() - TimeSpan.FromMinutes(16));
        using var invoker = EmulatorSession.CreateInvoker(s.Host, late, ScpEmulatorDefaults.AccessKey, ScpEmulatorDefaults.SecretKey);
        var ex = await Assert.ThrowsAsync<ScpApiException>(() => EmulatorSession.Send(invoker, "filestorage", "ListVolumes"));
        Assert.Equal(401, ex.StatusCode);
        Assert.Contains("15 minutes", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimestampWithinFifteenMinutes_IsAccepted()
    {
        await using var s = await EmulatorSession.StartAsync();
        var (status, _) = await RawAsync(s, "/v1/volumes", "/v1/volumes", "filestorage 1.1", at: s.Clock.GetUtcNow() - TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task TamperedQuery_Is401()
    {
        await using var s = await EmulatorSession.StartAsync();
        var (status, body) = await RawAsync(s, "/v1/volumes?limit=20&offset=0", "/v1/volumes?limit=1000&offset=0", "filestorage 1.1");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("Signature does not match", Detail(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingHeaders_Is401NamingTheHeader()
    {
        await using var s = await EmulatorSession.StartAsync();
        var (status, body) = await RawAsync(s, "/v1/volumes", "/v1/volumes", "filestorage 1.1", sign: false);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("Scp-Accesskey is missing", Detail(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownProductInApiVersion_Is400ListingKnownProducts()
    {
        await using var s = await EmulatorSession.StartAsync();
        var (status, body) = await RawAsync(s, "/v1/volumes", "/v1/volumes", "blockstorage 1.0");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("unknown product 'blockstorage'", Detail(body), StringComparison.Ordinal);
        Assert.Contains("baremetal-blockstorage", Detail(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVersion_Is400ListingKnownVersions()
    {
        await using var s = await EmulatorSession.StartAsync();
        var (status, body) = await RawAsync(s, "/v1/volumes", "/v1/volumes", "filestorage 9.9");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Known versions: 1.1", Detail(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongProductForPath_Is404()
    {
        await using var s = await EmulatorSession.StartAsync();
        var (status, body) = await RawAsync(s, "/v1/volumes", "/v1/volumes", "archivestorage 1.1");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("not a path of archivestorage 1.1", Detail(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharedPath_RoutesByProductInApiVersion()
    {
        await using var s = await EmulatorSession.StartAsync();
        await s.CallAsync("filestorage", "CreateVolume", JsonNode.Parse("""{"name":"vol_a","protocol":"NFS","type_name":"HDD"}"""));
        var (_, file) = await RawAsync(s, "/v1/volumes", "/v1/volumes", "filestorage 1.1");
        var (_, block) = await RawAsync(s, "/v1/volumes", "/v1/volumes", "baremetal-blockstorage 1.2");
        Assert.Equal(1, file!["count"]!.GetValue<int>());
        Assert.Equal(0, block!["total_count"]!.GetValue<int>());
        Assert.Null(block["filestorages"]);
    }
}
