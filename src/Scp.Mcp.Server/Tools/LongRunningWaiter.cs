using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Mcp.Server.Safety;
using Scp.Sdk.Catalog;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Tools;

/// <summary>
/// Follows a 202 answer: finds the GET of the resource in the same product-version (from the descriptors'
/// path templates, no per-operation code), polls it (first after 2 s, then every 3 s by default) until its
/// state settles or the wait times out (60 s default), and reports progress on every check. A 404 after a
/// destructive call counts as done.
/// </summary>
internal sealed class LongRunningWaiter(
    IScpOperationInvoker invoker, IReadOnlyList<ScpOperationDescriptor> operations, ScpServerOptions settings, TimeProvider time)
{
    private static readonly string[] StateNames = ["state", "status", "lifecycle_state", "provisioning_state"];
    private static readonly string[] PendingStates = ["PENDING", "IN_PROGRESS", "QUEUED", "REQUESTED", "WAITING"];

    /// <summary>Waits for the resource accepted by <paramref name="operation"/>; returns a JSON note for the result text.</summary>
    public async Task<JsonObject> WaitAsync(
        ScpOperationDescriptor operation, ScpOperationRequest original, JsonElement accepted, IToolCallContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(context);
        var resourceId = ResourceId(accepted);
        var status = FindStatusRequest(operation, original, resourceId);
        if (status is null)
        {
            return Note("accepted", "SCP accepted the request and works on it; no status operation was found to follow it.", null, null);
        }

        var statusArguments = new JsonObject();
        foreach (var (name, value) in status.PathValues)
        {
            statusArguments[name] = value;
        }

        var started = time.GetTimestamp();
        var delay = settings.LongRunningFirstDelay;
        string? state = null;
        for (var attempt = 1; ; attempt++)
        {
            var elapsed = time.GetElapsedTime(started);
            if (elapsed + delay >= settings.LongRunningTimeout)
            {
                var text = $"Still {state ?? "in progress"} after {Seconds(settings.LongRunningTimeout)} s. Check later with tool "
                    + $"{status.Operation.ToolName} and the arguments in status_arguments.";
                return Note("in_progress", text, status.Operation.ToolName, statusArguments, state);
            }

            await Task.Delay(delay, time, cancellationToken);
            delay = settings.LongRunningInterval;
            ScpOperationResponse response;
            try
            {
                response = await invoker.SendAsync(status, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ScpErrorTranslator.Translate(ex) is { StatusCode: 404 })
            {
                if (operation.Safety == ScpSafety.Destructive)
                {
                    await context.ReportProgressAsync(attempt, "The resource is gone: done.", cancellationToken);
                    return Note("settled", "The resource no longer exists: the operation completed.", status.Operation.ToolName, statusArguments, "DELETED");
                }

                state = "not visible yet";
                await context.ReportProgressAsync(attempt, $"Not visible yet after {Seconds(time.GetElapsedTime(started))} s.", cancellationToken);
                continue;
            }

            var body = Parse(response.Body);
            state = ReadState(body);
            await context.ReportProgressAsync(attempt, $"State {state ?? "unknown"} after {Seconds(time.GetElapsedTime(started))} s.", cancellationToken);
            if (state is null || !IsTransitional(state))
            {
                var note = Note("settled", $"The resource settled in state {state ?? "(no state field)"}.", status.Operation.ToolName, statusArguments, state);
                note["long_running"]!["resource"] = body;
                return note;
            }
        }
    }

    /// <summary>True for states that are still changing (<c>CREATING</c>, <c>DELETING</c>, <c>PENDING</c>, …).</summary>
    public static bool IsTransitional(string state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var upper = state.ToUpperInvariant();
        return (upper.EndsWith("ING", StringComparison.Ordinal) && upper != "RUNNING") || PendingStates.Contains(upper);
    }

    private ScpOperationRequest? FindStatusRequest(ScpOperationDescriptor operation, ScpOperationRequest original, string? resourceId)
    {
        var gets = operations.Where(o => o.Method == "GET" && !o.Hidden && o.Api.Product == operation.Api.Product
            && o.Api.Version == operation.Api.Version && o.PathTemplate.EndsWith('}')).ToList();
        var template = operation.PathTemplate;
        while (template.Length > 1)
        {
            if (resourceId is not null)
            {
                foreach (var get in gets)
                {
                    if (get.PathTemplate.StartsWith(template + "/{", StringComparison.Ordinal)
                        && get.PathTemplate.IndexOf('/', template.Length + 1) < 0)
                    {
                        var parameter = get.PathTemplate[(template.Length + 2)..^1];
                        var request = TryBuild(get, original, parameter, resourceId);
                        if (request is not null)
                        {
                            return request;
                        }
                    }
                }
            }

            foreach (var get in gets.Where(g => g.PathTemplate == template))
            {
                if (TryBuild(get, original, null, null) is { } request)
                {
                    return request;
                }
            }

            template = template[..template.LastIndexOf('/')];
        }

        return null;
    }

    private static ScpOperationRequest? TryBuild(ScpOperationDescriptor get, ScpOperationRequest original, string? extraName, string? extraValue)
    {
        if (get.Parameters.Any(p => p.Required && p.Location != ScpParameterLocation.Path))
        {
            return null;
        }

        var request = new ScpOperationRequest { Operation = get };
        foreach (var parameter in get.Parameters.Where(p => p.Location == ScpParameterLocation.Path))
        {
            if (parameter.Name == extraName)
            {
                request.PathValues[parameter.Name] = extraValue!;
            }
            else if (original.PathValues.TryGetValue(parameter.Name, out var value))
            {
                request.PathValues[parameter.Name] = value;
            }
            else
            {
                return null;
            }
        }

        return request;
    }

    private static string? ResourceId(JsonElement accepted)
    {
        var body = accepted.TryGetProperty(ScpSchemaComposer.ResultPropertyName, out var result) && result.ValueKind == JsonValueKind.Object
            ? result
            : accepted;
        if (body.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (body.TryGetProperty("resource_id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            return id.GetString();
        }

        if (body.TryGetProperty("resource", out var resource) && resource.ValueKind == JsonValueKind.Object
            && resource.TryGetProperty("id", out var nested) && nested.ValueKind == JsonValueKind.String)
        {
            return nested.GetString();
        }

        return body.TryGetProperty("id", out var plain) && plain.ValueKind == JsonValueKind.String ? plain.GetString() : null;
    }

    private static string? ReadState(JsonNode? body)
    {
        if (body is not JsonObject obj)
        {
            return null;
        }

        foreach (var name in StateNames)
        {
            if (obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                return value.GetValue<string>();
            }
        }

        return obj.Select(p => p.Value).OfType<JsonObject>().Select(ReadState).FirstOrDefault(s => s is not null);
    }

    private static JsonNode? Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return body.IsEmpty ? null : JsonNode.Parse(body.Span);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Seconds(TimeSpan span) => Math.Round(span.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private static JsonObject Note(string phase, string message, string? statusTool, JsonObject? statusArguments, string? state = null) => new()
    {
        ["long_running"] = new JsonObject
        {
            ["phase"] = phase,
            ["message"] = message,
            ["state"] = state,
            ["status_tool"] = statusTool,
            ["status_arguments"] = statusArguments?.DeepClone(),
        },
    };
}
