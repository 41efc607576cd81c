using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Scp.Sdk.Transport;

namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics: the MCP SDK's <c>Experimental.ModelContextProtocol</c> source and meter plus the
/// SDK's SCP-call spans (<see cref="ScpTelemetry"/>), exported over OTLP when the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the other <c>OTEL_*</c> variables apply too). Nothing is collected otherwise.
/// </summary>
internal static class ServerTelemetry
{
    /// <summary>The MCP SDK's ActivitySource and Meter name.</summary>
    public const string McpSourceName = "Experimental.ModelContextProtocol";

    /// <summary>The standard variable that turns the OTLP export on.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Registers the OTLP export when <see cref="OtlpEndpointVariable"/> is set.</summary>
    public static void AddFromEnvironment(IServiceCollection services)
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(OtlpEndpointVariable)))
        {
            Add(services).UseOtlpExporter();
        }
    }

    /// <summary>Registers the sources and meters with no exporter; add one to the returned builder.</summary>
    public static IOpenTelemetryBuilder Add(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("scp-mcp", serviceVersion: typeof(ServerTelemetry).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing.AddSource(McpSourceName, ScpTelemetry.SourceName))
            .WithMetrics(metrics => metrics.AddMeter(McpSourceName));
    }
}
