using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using Scp.Mcp.Server.Safety;
using Scp.Sdk.Catalog;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Tools;

/// <summary>
/// Runs one operation call: validate the arguments (nothing is sent when they are wrong), pass the gate for
/// destructive calls, build the request from the descriptor, send it through the shared transport, wait for the
/// resource when the operation's lifecycle says its answer leaves it in a transitional state,
/// shape the result, and audit every write or destructive call. Shared by the per-operation tools, the discover
/// tools and <c>scp-mcp call</c>.
/// </summary>
internal sealed partial class OperationExecutor(
    ScpServerOptions settings,
    IScpOperationInvoker invoker,
    ConfirmationGate gate,
    LongRunningWaiter waiter,
    AuditLog audit,
    TimeProvider time,
    ILogger<OperationExecutor> logger)
{
    /// <summary>Runs <paramref name="operation"/> with <paramref name="arguments"/>.</summary>
    public async Task<CallToolResult> ExecuteAsync(
        ScpOperationDescriptor operation,
        IDictionary<string, JsonElement>? arguments,
        IToolCallContext context,
        CancellationToken cancellationToken,
        string? confirmToken = null)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (settings.ReadOnly && operation.Safety != ScpSafety.Read)
        {
            return ResultBuilder.Error(
                $"NOT RUN: {operation.ToolName} is a {ToolFactory.SafetyName(operation.Safety)} operation and this server runs in read-only mode (--read-only). Nothing was sent to SCP.");
        }

        var takesToken = operation.Safety == ScpSafety.Destructive && settings.Confirm == ConfirmPolicy.Token;
        var args = ToObject(arguments, takesToken ? ConfirmTokenService.ArgumentName : null, ref confirmToken);
        var schemas = ScpSchemaComposer.Compose(operation);
        var errors = ScpArgumentValidator.Validate(args, schemas.Input, closedObjects: true);
        if (errors.Count > 0)
        {
            Audit(operation, args, "not sent: invalid arguments", null, null, null);
            return ResultBuilder.InvalidArguments(operation.ToolName, errors);
        }

        // Only a destructive call's confirmation names its targets: a read or write call does not collect them.
        var targets = operation.Safety == ScpSafety.Destructive ? RequestBuilder.TargetIds(operation, args) : [];
        var decision = await gate.CheckAsync(operation, args, targets, confirmToken, context, cancellationToken);
        if (decision.RefusalText is { } refusal)
        {
            Audit(operation, args, decision.AuditText, null, null, null);
            return ResultBuilder.Error(refusal);
        }

        var request = RequestBuilder.Build(operation, args);
        ScpOperationResponse response;
        try
        {
            response = await invoker.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ScpErrorTranslator.Translate(ex) is { } error)
        {
            LogFailure(logger, operation.ToolName, error.StatusCode, error.Code);
            Audit(operation, args, "failed", error.StatusCode, error.RequestId, null);
            return ResultBuilder.ScpFailure(operation, error, settings.DescribeRegion());
        }

        var structured = ResultBuilder.StructuredContent(response, schemas.OutputWrapped);
        string? note = null;
        if (operation.Lifecycle is not null)
        {
            var wait = await waiter.WaitAsync(operation, request, response, context, cancellationToken);
            note = wait.ToJsonString(ToolJsonContext.Default.Options);
        }

        Audit(operation, args, decision.Outcome == GateOutcome.NotRequired ? "succeeded" : "succeeded; " + decision.AuditText,
            response.StatusCode, response.RequestId, structured);
        var (fitted, leftOut) = ResultBuilder.FitToSchema(structured, ScpSchemaComposer.Compose(operation, settings.SchemaDialect).Output);
        if (leftOut.Count > 0)
        {
            LogAnswerOutsideSchema(logger, operation.ToolName, string.Join(", ", leftOut));
            return ResultBuilder.Success(fitted, note, raw: structured);
        }

        return ResultBuilder.Success(structured, note);
    }

    private void Audit(ScpOperationDescriptor operation, JsonElement args, string outcome, int? status, string? requestId, JsonElement? response)
    {
        if (operation.Safety == ScpSafety.Read || !audit.Enabled)
        {
            return;
        }

        var targets = RequestBuilder.TargetIds(operation, args).ToList();
        if (response is { ValueKind: JsonValueKind.Object } body)
        {
            foreach (var name in new[] { "resource_id", "id" })
            {
                if (body.TryGetProperty(name, out var id) && id.ValueKind == JsonValueKind.String)
                {
                    targets.Add(("response." + name, id.GetString()!));
                }
            }

            if (requestId is null && body.TryGetProperty("request_id", out var rid) && rid.ValueKind == JsonValueKind.String)
            {
                requestId = rid.GetString();
            }
        }

        audit.Append(new AuditRecord
        {
            Time = time.GetUtcNow(),
            Operation = operation,
            Arguments = args,
            Targets = targets,
            Outcome = outcome,
            Status = status,
            RequestId = requestId,
        });
    }

    private static JsonElement ToObject(IDictionary<string, JsonElement>? arguments, string? tokenName, ref string? confirmToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (arguments is not null)
            {
                foreach (var (name, value) in arguments)
                {
                    if (name == tokenName && value.ValueKind == JsonValueKind.String)
                    {
                        confirmToken = value.GetString();
                        continue;
                    }

                    writer.WritePropertyName(name);
                    value.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tool {Tool}: SCP's answer does not fit the published output schema at {Paths}; structuredContent leaves these out, the text content carries the answer as sent.")]
    private static partial void LogAnswerOutsideSchema(ILogger logger, string tool, string paths);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tool {Tool} failed: status {Status}, code {Code}.")]
    private static partial void LogFailure(ILogger logger, string tool, int? status, string? code);
}
