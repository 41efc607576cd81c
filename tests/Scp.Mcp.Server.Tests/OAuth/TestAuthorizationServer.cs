using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Scp.Mcp.Server.Tests.OAuth;

/// <summary>
/// A real OAuth 2.1 authorization server for the tests: OpenIddict on a loopback port, client-credentials grant,
/// ephemeral signing key, no database (degraded mode), JWT access tokens left unencrypted so JwtBearer can read them.
/// Each client has fixed scopes and audience.
/// </summary>
internal sealed class TestAuthorizationServer : IAsyncDisposable
{
    /// <summary>The audience (canonical URL) the MCP server under test is configured with.</summary>
    public const string Audience = "https://scp-mcp.test/mcp";

    public const string Reader = "reader", Writer = "writer", Stranger = "stranger", NoScope = "no-scope";

    private const string Secret = "test-client-secret";

    private static readonly Dictionary<string, (string[] Scopes, string Audience)> Clients = new(StringComparer.Ordinal)
    {
        [Reader] = (["scp.read"], Audience),
        [Writer] = (["scp.read", "scp.write"], Audience),
        [Stranger] = (["scp.read", "scp.write"], "https://other-service.test/mcp"),
        [NoScope] = ([], Audience),
    };

    private readonly WebApplication _app;

    private TestAuthorizationServer(WebApplication app)
    {
        _app = app;
        Issuer = app.Urls.First().TrimEnd('/') + "/";
    }

    /// <summary>The issuer URL (what <c>--auth-authority</c> is set to).</summary>
    public string Issuer { get; }

    public static async Task<TestAuthorizationServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetTokenEndpointUris("connect/token");
            options.AllowClientCredentialsFlow();
            options.EnableDegradedMode();
            options.RegisterScopes("scp.read", "scp.write");
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            options.DisableAccessTokenEncryption();
            options.UseAspNetCore().DisableTransportSecurityRequirement();
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.Request.ClientId is not { } id || !Clients.ContainsKey(id) || context.Request.ClientSecret != Secret)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client or wrong secret.");
                }

                return default;
            }));
            options.AddEventHandler<HandleTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                var (scopes, audience) = Clients[context.Request.ClientId!];
                var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
                identity.AddClaim(new Claim(Claims.Subject, context.Request.ClientId!));
                var principal = new ClaimsPrincipal(identity);
                principal.SetScopes(scopes);
                principal.SetResources(audience);
                context.SignIn(principal);
                return default;
            }));
        });
        var app = builder.Build();
        app.UseAuthentication();
        await app.StartAsync();
        return new TestAuthorizationServer(app);
    }

    /// <summary>A client-credentials access token issued by the server to <paramref name="client"/>.</summary>
    public async Task<string> GetTokenAsync(string client)
    {
        using var http = new HttpClient();
        var scopes = Clients[client].Scopes;
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client,
            ["client_secret"] = Secret,
        };
        if (scopes.Length > 0)
        {
            form["scope"] = string.Join(' ', scopes);
        }

        using var response = await http.PostAsync(Issuer + "connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token request for {client}: {(int)response.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>
    /// An access token signed with the server's own key, valid in every way (issuer, audience, scopes) but its expiry,
    /// <paramref name="expiresIn"/> from now (negative: already expired). OpenIddict will not issue one with a lifetime
    /// in the past.
    /// </summary>
    public string SignedToken(TimeSpan expiresIn)
    {
        var options = _app.Services.GetRequiredService<IOptions<OpenIddictServerOptions>>().Value;
        var now = DateTime.UtcNow.Add(expiresIn).AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = new Dictionary<string, object> { [Claims.Subject] = Writer, [Claims.Scope] = "scp.read scp.write" },
            NotBefore = now.AddHours(-2),
            IssuedAt = now.AddHours(-2),
            Expires = now.AddHours(-1),
            SigningCredentials = options.SigningCredentials.First(),
            TokenType = "at+jwt",
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
