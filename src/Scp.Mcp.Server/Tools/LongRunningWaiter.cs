using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Mcp.Server.Safety;
using Scp.Sdk.Catalog;
using Scp.Sdk.Invocation;
using Scp.Sdk.Polling;

namespace Scp.Mcp.Server.Tools;

/// <summary>
/// Adapts the SDK's <see cref="ScpOperationPoller"/> to a tool call: builds the status GET from the operation's lifecycle
/// (computed by the generator) and the answer, polls it with the server's timing (first check after 2 s, then every 3 s,
/// at most 60 s by default), turns each poll step into an MCP progress notification, and returns the settled resource or
/// a handle to check later (the status tool and its arguments).
/// </summary>
internal sealed class LongRunningWaiter(IScpOperationInvoker invoker, ScpServerOptions settings, TimeProvider time)
{
    /// <summary>Waits for the resource <paramref name="call"/> left in a transitional state; returns a JSON note for the result text.</summary>
    public async Task<JsonObject> WaitAsync(
        ScpOperationDescriptor operation, ScpOperationRequest call, ScpOperationResponse answer, IToolCallContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(context);
        var lifecycle = operation.Lifecycle ?? throw new ArgumentException($"{operation.ToolName} has no lifecycle to wait on.", nameof(operation));
        var status = ScpOperationPoller.CreateStatusRequest(operation, call, answer.Body.Span);
        if (status is null)
        {
            var missing = string.Join(", ", lifecycle.Arguments.Where(a => a.FromAnswer).Select(a => a.Path));
            return Note("accepted", $"SCP accepted the request and works on it; its answer has no {missing} to follow it with {lifecycle.StatusOperation.ToolName}.", null, null);
        }

        var statusArguments = new JsonObject();
        foreach (var (name, value) in status.PathValues)
        {
            statusArguments[name] = value;
        }

        var options = new ScpPollingOptions
        {
            InitialDelay = settings.LongRunningFirstDelay,
            Interval = settings.LongRunningInterval,
            Timeout = settings.LongRunningTimeout,
        };
        var result = await ScpOperationPoller.PollAsync(invoker, status, lifecycle, options, time, (step, ct) => context.ReportProgressAsync(step.Check, Describe(step, lifecycle), ct), cancellationToken);
        var tool = status.Operation.ToolName;
        switch (result.Outcome)
        {
            case ScpPollOutcome.Gone:
                return Note("settled", "The resource no longer exists: the operation completed.", tool, statusArguments);
            case ScpPollOutcome.TimedOut:
                return Note("in_progress", $"Still {result.State ?? "in progress"} after {Seconds(settings.LongRunningTimeout)} s. Check later with tool {tool} and the arguments in status_arguments.",
                    tool, statusArguments, result.State);
            default:
                var failed = result.Outcome == ScpPollOutcome.Failed;
                var note = Note(failed ? "failed" : "settled",
                    failed ? $"The operation failed: the resource is in state {result.State}." : $"The resource settled in state {result.State ?? "(no state field)"}.",
                    tool, statusArguments, result.State);
                note["long_running"]!["resource"] = Parse(result.Body);
                return note;
        }
    }

    private static string Describe(ScpPollProgress step, ScpOperationLifecycle lifecycle) =>
        step.NotFound
            ? (lifecycle.NotFoundMeansDone ? "The resource is gone: done." : $"Not visible yet after {Seconds(step.Elapsed)} s.")
            : $"State {step.State ?? "unknown"} after {Seconds(step.Elapsed)} s.";

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
