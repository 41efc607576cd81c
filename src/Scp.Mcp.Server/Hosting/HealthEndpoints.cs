using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// <c>/healthz</c> (the process answers) and <c>/readyz</c> (every <see cref="IReadinessCheck"/> passes), for load
/// balancers and Kubernetes probes. Unauthenticated; they show check names and short reasons only.
/// </summary>
internal static class HealthEndpoints
{
    public const string LivePath = "/healthz", ReadyPath = "/readyz";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LivePath, static context => WriteAsync(context, StatusCodes.Status200OK, "alive", []));
        endpoints.MapGet(ReadyPath, static async context =>
        {
            var results = new List<(string Name, string? Problem)>();
            foreach (var check in context.RequestServices.GetServices<IReadinessCheck>())
            {
                string? problem;
                try
                {
                    problem = await check.CheckAsync(context.RequestAborted);
                }
                catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
                {
                    problem = "check failed: " + ex.GetType().Name;
                }

                results.Add((check.Name, problem));
            }

            var ready = results.TrueForAll(r => r.Problem is null);
            await WriteAsync(context, ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, ready ? "ready" : "not ready", results);
        });
    }

    private static async Task WriteAsync(HttpContext context, int status, string text, List<(string Name, string? Problem)> checks)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("status", text);
            if (checks.Count > 0)
            {
                writer.WriteStartObject("checks");
                foreach (var (name, problem) in checks)
                {
                    writer.WriteString(name, problem ?? "ok");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(stream.ToArray(), context.RequestAborted);
    }
}
