using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// Guards the Streamable HTTP endpoint: rejects requests whose <c>Origin</c> is not the server itself or a
/// loopback page (DNS rebinding, drive-by browser calls), rejects unexpected <c>Host</c> headers on a loopback
/// binding, and requires <c>Authorization: Bearer &lt;token&gt;</c> on the MCP endpoint when a token is configured.
/// </summary>
internal sealed class HttpSecurity(string? bearerToken, bool loopbackOnly)
{
    /// <summary>True when every address in <paramref name="urls"/> is loopback (localhost, 127.0.0.0/8, ::1).</summary>
    public static bool IsLoopbackOnly(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal),
                    UriKind.Absolute, out var uri) || !IsLoopbackHost(uri.Host))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The middleware.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.Request;
        if (loopbackOnly && !IsLoopbackHost(request.Host.Host))
        {
            await RejectAsync(context, StatusCodes.Status403Forbidden, "Host header not allowed: this server only answers loopback hosts.");
            return;
        }

        if (request.Headers.Origin is { Count: > 0 } origins && !IsAllowedOrigin(origins.ToString(), request.Host.Host))
        {
            await RejectAsync(context, StatusCodes.Status403Forbidden, "Origin not allowed.");
            return;
        }

        if (!string.IsNullOrEmpty(bearerToken) && request.Path.StartsWithSegments(HttpHost.EndpointPath) && !HasBearer(request))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await RejectAsync(context, StatusCodes.Status401Unauthorized, "Missing or wrong bearer token.");
            return;
        }

        await next(context);
    }

    private bool HasBearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var given = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        var expected = Encoding.UTF8.GetBytes(bearerToken!);
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(given), SHA256.HashData(expected));
    }

    private static bool IsAllowedOrigin(string origin, string requestHost)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return IsLoopbackHost(uri.Host) || string.Equals(uri.Host, requestHost, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsLoopbackHost(string host)
    {
        var trimmed = host.Trim('[', ']');
        return string.Equals(trimmed, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(trimmed, out var address) && IPAddress.IsLoopback(address));
    }

    private static async Task RejectAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var body = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":\"" + message + "\"},\"id\":null}";
        await context.Response.WriteAsync(body, context.RequestAborted);
    }
}
