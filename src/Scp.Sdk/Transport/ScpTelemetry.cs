using System.Diagnostics;
using System.Globalization;
using Scp.Sdk.Invocation;

namespace Scp.Sdk.Transport;

/// <summary>
/// The SDK's traces: one client span per SCP operation call (<see cref="ScpHttpInvoker"/>), so every caller — the MCP
/// server, the CLI, an application using the SDK — gets it. Attributes name the product, API version, operation id,
/// method, path template, HTTP status, SCP request id and retry count: never a URL, an argument value, a header or a key.
/// </summary>
public static class ScpTelemetry
{
    /// <summary>Name of the <see cref="ActivitySource"/> (subscribe to it, e.g. <c>AddSource(ScpTelemetry.SourceName)</c>).</summary>
    public const string SourceName = "Scp.Sdk";

    /// <summary>Attribute names of the SCP-call span.</summary>
    public const string ProductAttribute = "scp.product", ApiVersionAttribute = "scp.api_version",
        OperationIdAttribute = "scp.operation_id", RequestIdAttribute = "scp.request_id", RetriesAttribute = "scp.retries",
        MethodAttribute = "http.request.method", RouteAttribute = "url.template", StatusAttribute = "http.response.status_code",
        ErrorTypeAttribute = "error.type";

    /// <summary>The source of the SCP-call spans.</summary>
    public static ActivitySource Source { get; } = new(SourceName, typeof(ScpTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Starts the span of one call (null when nobody listens).</summary>
    public static Activity? StartCall(ScpOperationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = request.Operation;
        var activity = Source.StartActivity("scp " + operation.OperationId, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(ProductAttribute, operation.Api.Product);
            activity.SetTag(ApiVersionAttribute, operation.Api.Version);
            activity.SetTag(OperationIdAttribute, operation.OperationId);
            activity.SetTag(MethodAttribute, operation.Method.ToUpperInvariant());
            activity.SetTag(RouteAttribute, operation.PathTemplate);
        }

        return activity;
    }

    /// <summary>Records the answer's status (an error status marks the span failed).</summary>
    public static void RecordResponse(Activity? activity, int status, string? requestId)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag(StatusAttribute, status);
        if (requestId is not null)
        {
            activity.SetTag(RequestIdAttribute, requestId);
        }

        if (status >= 400)
        {
            activity.SetTag(ErrorTypeAttribute, status.ToString(CultureInfo.InvariantCulture));
            activity.SetStatus(ActivityStatusCode.Error);
        }
    }

    /// <summary>Records a call that got no answer (timeout, connection failure); the exception's type only, not its message.</summary>
    public static void RecordFailure(Activity? activity, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        activity?.SetTag(ErrorTypeAttribute, exception.GetType().FullName);
        activity?.SetStatus(ActivityStatusCode.Error);
    }

    /// <summary>Counts one retry on the current SCP-call span (called by the resilience pipeline).</summary>
    public static void RecordRetry(ScpRetryInfo retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        if (Activity.Current is { } activity && ReferenceEquals(activity.Source, Source))
        {
            activity.SetTag(RetriesAttribute, retry.AttemptNumber + 1);
            activity.AddEvent(new ActivityEvent("scp.retry", tags: new ActivityTagsCollection
            {
                [RetriesAttribute] = retry.AttemptNumber + 1,
                ["scp.retry.reason"] = retry.Reason,
                ["scp.retry.delay_ms"] = retry.Delay.TotalMilliseconds,
            }));
        }
    }
}
