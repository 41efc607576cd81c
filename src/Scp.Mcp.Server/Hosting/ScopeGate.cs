using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// Enforces the OAuth scopes on the MCP endpoint. A token with neither scope gets 403 for every request; a token
/// without <see cref="OAuthScopes.Write"/> gets 403 for a <c>tools/call</c> of a write or destructive tool, with
/// <c>WWW-Authenticate: Bearer error="insufficient_scope", scope="scp.write"</c> so the client can step up, and its
/// <c>tools/list</c> holds read tools only. A request filter refuses the same calls again inside the MCP pipeline,
/// whatever reached it.
/// </summary>
internal static class ScopeGate
{
    /// <summary>Largest request body inspected; a larger <c>tools/call</c> is left to the in-pipeline check.</summary>
    private const int MaxInspectedBytes = 1024 * 1024;

    /// <summary>The middleware (after authentication and authorization, before the MCP endpoint).</summary>
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var user = context.User;
        if (!request.Path.StartsWithSegments(HttpHost.EndpointPath) || user.Identity?.IsAuthenticated != true
            || OAuthScopes.Has(user, OAuthScopes.Write))
        {
            await next(context);
            return;
        }

        if (!OAuthScopes.Has(user, OAuthScopes.Read))
        {
            await ForbidAsync(context, OAuthScopes.Read, null, $"This access token has neither {OAuthScopes.Read} nor {OAuthScopes.Write}: ask the authorization server for {OAuthScopes.Read}.");
            return;
        }

        if (HttpMethods.IsPost(request.Method) && request.ContentLength is null or <= MaxInspectedBytes)
        {
            request.EnableBuffering();
            var (tool, id) = await FindCalledToolAsync(request, context.RequestAborted);
            request.Body.Position = 0;
            if (tool is not null && IsWriteTool(context.RequestServices, tool))
            {
                await ForbidAsync(context, OAuthScopes.Write, id,
                    $"{tool} is a write or destructive tool: it needs an access token with {OAuthScopes.Write}. Nothing was sent to SCP.");
                return;
            }
        }

        await next(context);
    }

    /// <summary>The request filters: <c>tools/list</c> without write tools and <c>tools/call</c> refused for tokens without <see cref="OAuthScopes.Write"/>.</summary>
    public static void AddFilters(IMcpRequestFilterBuilder filters)
    {
        filters.AddListToolsFilter(next => async (context, cancellationToken) =>
        {
            var result = await next(context, cancellationToken);
            if (!OAuthScopes.Has(context.User, OAuthScopes.Write))
            {
                var tools = context.Server.ServerOptions.ToolCollection;
                result.Tools = [.. result.Tools.Where(t => tools is null || !tools.TryGetPrimitive(t.Name, out var tool) || !OAuthScopes.NeedsWrite(tool))];
            }

            return result;
        });
        filters.AddCallToolFilter(next => (context, cancellationToken) =>
            context.MatchedPrimitive is McpServerTool tool && OAuthScopes.NeedsWrite(tool) && !OAuthScopes.Has(context.User, OAuthScopes.Write)
                ? throw new McpException($"insufficient_scope: {tool.ProtocolTool.Name} needs an access token with {OAuthScopes.Write}. Nothing was sent to SCP.")
                : next(context, cancellationToken));
    }

    private static bool IsWriteTool(IServiceProvider services, string name)
        => services.GetService<IOptions<McpServerOptions>>()?.Value.ToolCollection is { } tools
            && tools.TryGetPrimitive(name, out var tool) && OAuthScopes.NeedsWrite(tool);

    private static async Task<(string? Tool, JsonElement? Id)> FindCalledToolAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            var messages = document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().ToList()
                : [document.RootElement];
            foreach (var message in messages)
            {
                if (message.ValueKind == JsonValueKind.Object
                    && message.TryGetProperty("method", out var method) && method.ValueEquals(RequestMethods.ToolsCall)
                    && message.TryGetProperty("params", out var parameters) && parameters.ValueKind == JsonValueKind.Object
                    && parameters.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                {
                    return (name.GetString(), message.TryGetProperty("id", out var id) ? id.Clone() : null);
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the MCP endpoint answers it.
        }

        return (null, null);
    }

    private static async Task ForbidAsync(HttpContext context, string scope, JsonElement? id, string message)
    {
        var metadata = $"{context.Request.Scheme}://{context.Request.Host.ToUriComponent()}{context.Request.PathBase}/.well-known/oauth-protected-resource{context.Request.Path}";
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.Headers.WWWAuthenticate =
            $"Bearer error=\"insufficient_scope\", scope=\"{scope}\", resource_metadata=\"{metadata}\", error_description=\"{message.Replace('"', '\'')}\"";
        context.Response.ContentType = "application/json";
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WriteStartObject("error");
            writer.WriteNumber("code", -32001);
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WritePropertyName("id");
            if (id is { } value)
            {
                value.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(stream.ToArray(), context.RequestAborted);
    }
}
