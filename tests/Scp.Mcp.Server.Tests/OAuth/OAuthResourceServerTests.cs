using Scp.Mcp.Server;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ModelContextProtocol.Client;
using Scp.Mcp.Server.Hosting;
using Scp.Mcp.Server.Modes;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Tests.OAuth;

/// <summary>
/// scp-mcp as an OAuth 2.1 resource server, end to end: tokens from a real authorization server (OpenIddict), real
/// HTTP, the MCP C# client, and the SCP emulator behind.
/// </summary>
public sealed class OAuthResourceServerTests(OAuthFixture fixture) : IClassFixture<OAuthFixture>
{
    private const string InitializeBody =
        """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""";

    private static readonly IReadOnlyList<ScpOperationDescriptor> Offered = ToolFilter.Apply(ScpCatalog.Operations, new ScpServerOptions());

    [Fact]
    public async Task Post_NoToken_Gets401WithResourceMetadata()
    {
        using var response = await PostAsync(InitializeBody, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal($"Bearer resource_metadata=\"{MetadataUrl()}\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Get_ResourceMetadata_NamesAudienceAuthorityAndScopes()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(MetadataUrl());
        using var metadata = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = metadata.RootElement;
        Assert.Equal(TestAuthorizationServer.Audience, root.GetProperty("resource").GetString());
        Assert.Equal([fixture.Authorization.Issuer], root.GetProperty("authorization_servers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["scp.read", "scp.write"], root.GetProperty("scopes_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["header"], root.GetProperty("bearer_methods_supported").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Post_TokenForAnotherAudience_Gets401()
    {
        var token = await fixture.Authorization.GetTokenAsync(TestAuthorizationServer.Stranger);

        using var response = await PostAsync(InitializeBody, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("resource_metadata=", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ExpiredToken_Gets401_WhileTheSameTokenUnexpiredIsAccepted()
    {
        using var fresh = await PostAsync(InitializeBody, fixture.Authorization.SignedToken(TimeSpan.FromHours(1)));
        using var response = await PostAsync(InitializeBody, fixture.Authorization.SignedToken(TimeSpan.FromHours(-1)));

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("resource_metadata=", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TokenWithoutScpScopes_Gets403InsufficientScopeForRead()
    {
        var token = await fixture.Authorization.GetTokenAsync(TestAuthorizationServer.NoScope);

        using var response = await PostAsync(InitializeBody, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.Contains("error=\"insufficient_scope\"", challenge, StringComparison.Ordinal);
        Assert.Contains("scope=\"scp.read\"", challenge, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadToken_ListsReadToolsOnly_CallsThem_AndWriteCallGets403InsufficientScope()
    {
        var token = await fixture.Authorization.GetTokenAsync(TestAuthorizationServer.Reader);
        await using var client = await ConnectAsync(token);
        fixture.ScpRequests.Clear();

        var tools = await client.ListToolsAsync();
        var read = await client.CallToolAsync("archive_list_buckets", new Dictionary<string, object?>());
        using var write = await PostAsync(
            """{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"archive_create_bucket","arguments":{"body":{"name":"not-allowed"}}}}""", token);

        Assert.Equal(Offered.Count(o => o.Safety == ScpSafety.Read), tools.Count);
        Assert.All(tools, t => Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint, t.Name));
        Assert.False(read.IsError, read.Text());
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        var challenge = write.Headers.WwwAuthenticate.ToString();
        Assert.StartsWith("Bearer error=\"insufficient_scope\", scope=\"scp.write\", resource_metadata=\"" + MetadataUrl() + "\"", challenge, StringComparison.Ordinal);
        using var error = JsonDocument.Parse(await write.Content.ReadAsStringAsync());
        Assert.Equal(7, error.RootElement.GetProperty("id").GetInt32());
        Assert.Contains("scp.write", error.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.ScpRequests, r => r.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task ReadToken_WriteCallThroughTheMcpClient_IsRefused()
    {
        var token = await fixture.Authorization.GetTokenAsync(TestAuthorizationServer.Reader);
        await using var client = await ConnectAsync(token);
        fixture.ScpRequests.Clear();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.CallToolAsync("archive_create_bucket",
            new Dictionary<string, object?> { ["body"] = new Dictionary<string, object?> { ["name"] = "not-allowed" } }).AsTask());

        Assert.Contains("403", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(fixture.ScpRequests);
    }

    [Fact]
    public async Task WriteToken_ListsWriteTools_CallsOneAgainstTheEmulator_WithoutForwardingTheClientToken()
    {
        var token = await fixture.Authorization.GetTokenAsync(TestAuthorizationServer.Writer);
        await using var client = await ConnectAsync(token);
        fixture.ScpRequests.Clear();

        var tools = await client.ListToolsAsync();
        var created = await client.CallToolAsync("archive_create_bucket",
            new Dictionary<string, object?> { ["body"] = new Dictionary<string, object?> { ["name"] = "oauth-bucket" } });

        Assert.Equal(Offered.Count, tools.Count);
        Assert.False(created.IsError, created.Text());
        var sent = Assert.Single(fixture.ScpRequests, r => r.Method == HttpMethod.Post);
        Assert.Null(sent.Headers.Authorization);
        Assert.DoesNotContain(sent.Headers.SelectMany(h => h.Value), v => v.Contains(token, StringComparison.Ordinal));
        Assert.NotNull(sent.Headers.GetValues("Scp-Signature").Single());
    }

    [Fact]
    public async Task Get_HealthEndpoints_AnswerWithoutAToken()
    {
        using var http = new HttpClient();
        var root = fixture.Endpoint[..^HttpHost.EndpointPath.Length];

        using var live = await http.GetAsync(root + "/healthz");
        using var ready = await http.GetAsync(root + "/readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("""{"status":"ready","checks":{"catalogue":"ok"}}""", await ready.Content.ReadAsStringAsync());
    }

    private string MetadataUrl()
    {
        var uri = new Uri(fixture.Endpoint);
        return $"{uri.Scheme}://{uri.Authority}/.well-known/oauth-protected-resource{uri.AbsolutePath}";
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? token)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, fixture.Endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private Task<McpClient> ConnectAsync(string token) => McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
    {
        Endpoint = new Uri(fixture.Endpoint),
        TransportMode = HttpTransportMode.StreamableHttp,
        AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token },
    }));
}
