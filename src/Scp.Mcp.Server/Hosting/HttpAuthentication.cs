using Scp.Mcp.Server;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using ModelContextProtocol.AspNetCore.Authentication;
using ModelContextProtocol.Authentication;

namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// How HTTP clients prove who they are: an OAuth 2.1 access token (JWT from <c>--auth-authority</c>, audience
/// <c>--auth-audience</c>, scopes <c>scp.read</c>/<c>scp.write</c>; RFC 9728 metadata via the MCP SDK's
/// <c>AddMcp()</c> scheme), or the static <c>--bearer-token</c>, never both. Client tokens stay in this process:
/// SCP calls are signed with the server's own SCP keys.
/// </summary>
internal sealed record HttpAuthentication(string Authority, string Audience)
{
    /// <summary>Environment variable that may hold the authorization server.</summary>
    public const string AuthorityEnvironmentVariable = "SCP_MCP_AUTH_AUTHORITY";

    /// <summary>Environment variable that may hold the audience.</summary>
    public const string AudienceEnvironmentVariable = "SCP_MCP_AUTH_AUDIENCE";

    /// <summary>
    /// The OAuth settings of <paramref name="settings"/> (option, then environment), or null when no authority is set.
    /// </summary>
    /// <exception cref="ArgumentException">The authority or audience is not an absolute http(s) URL.</exception>
    public static HttpAuthentication? Resolve(ScpServerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var authority = Setting(settings.AuthAuthority, AuthorityEnvironmentVariable);
        var audience = Setting(settings.AuthAudience, AudienceEnvironmentVariable);
        if (authority is null)
        {
            return audience is null ? null : throw new ArgumentException(
                $"--auth-audience (or {AudienceEnvironmentVariable}) is set without --auth-authority: give the authorization server too, e.g. --auth-authority https://login.example.com/.");
        }

        if (!Uri.TryCreate(authority, UriKind.Absolute, out var authorityUri) || authorityUri.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException($"--auth-authority '{authority}' is not an absolute http(s) URL: give the issuer URL of the authorization server, e.g. https://login.example.com/.");
        }

        if (authorityUri.Scheme == "http" && !authorityUri.IsLoopback)
        {
            throw new ArgumentException($"--auth-authority '{authority}' uses plain http beyond loopback: give its https URL (tokens and signing keys must not travel in clear).");
        }

        audience ??= DefaultAudience(settings.Urls);
        if (!Uri.TryCreate(audience, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"--auth-audience '{audience}' is not an absolute URL: give the server's canonical MCP URL, e.g. https://mcp.example.com{HttpHost.EndpointPath}.");
        }

        return new HttpAuthentication(authority, audience);
    }

    /// <summary>The canonical URL of the MCP endpoint: the first <c>--urls</c> address plus <c>/mcp</c>.</summary>
    public static string DefaultAudience(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? ScpServerOptions.DefaultUrls;
        return first.TrimEnd('/') + HttpHost.EndpointPath;
    }

    /// <summary>Registers JWT bearer validation and the MCP SDK's protected-resource metadata and challenge.</summary>
    public void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var authorityUri = new Uri(Authority);
        services.AddAuthentication(options =>
            {
                options.DefaultAuthenticateScheme = JwtBearerDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = McpAuthenticationDefaults.AuthenticationScheme;
            })
            .AddJwtBearer(options =>
            {
                options.Authority = Authority;
                options.RequireHttpsMetadata = !authorityUri.IsLoopback;
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidAudience = Audience,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    RequireExpirationTime = true,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
            })
            .AddMcp(options => options.ResourceMetadata = new ProtectedResourceMetadata
            {
                Resource = Audience,
                AuthorizationServers = { Authority },
                ScopesSupported = [OAuthScopes.Read, OAuthScopes.Write],
                ResourceName = "Samsung Cloud Platform (scp-mcp)",
            });
        services.AddAuthorization();
    }

    private static string? Setting(string? option, string variable)
    {
        var value = string.IsNullOrWhiteSpace(option) ? Environment.GetEnvironmentVariable(variable) : option;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
