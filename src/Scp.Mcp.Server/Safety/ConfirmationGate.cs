using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Scp.Mcp.Server.Cli;
using Scp.Mcp.Server.Tools;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Safety;

/// <summary>
/// Lets a destructive call through only with a person's yes, by the policy chosen with <c>--confirm</c>:
/// <c>elicit</c> (ask through the client), <c>token</c> (single-use confirm token) or <c>never</c>.
/// </summary>
public sealed partial class ConfirmationGate(ScpServerSettings settings, ConfirmTokenService tokens, ILogger<ConfirmationGate> logger)
{
    /// <summary>Decides whether the destructive call of <paramref name="operation"/> may run.</summary>
    public async Task<GateDecision> CheckAsync(
        ScpOperationDescriptor operation, JsonElement arguments, string? confirmToken, IToolCallContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (operation.Safety != ScpSafety.Destructive)
        {
            return GateDecision.Allow("no confirmation needed");
        }

        switch (settings.Confirm)
        {
            case ConfirmPolicy.Never:
                LogUnconfirmed(logger, operation.ToolName);
                return GateDecision.Allow("ran without confirmation (--confirm never)");
            case ConfirmPolicy.Token:
                return await CheckTokenAsync(operation, arguments, confirmToken, cancellationToken);
            default:
                return await ElicitAsync(operation, arguments, context, cancellationToken);
        }
    }

    /// <summary>The question put to the person: operation, target ids, region and consequence.</summary>
    public string BuildMessage(ScpOperationDescriptor operation, JsonElement arguments)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var consequence = operation.SafetyReason
            ?? (operation.Method == "DELETE"
                ? "Permanently deletes the resource and its data; this cannot be undone."
                : "Destroys or stops something (data, protection or a running resource); this may not be reversible.");
        return new StringBuilder()
            .Append("Confirm a DESTRUCTIVE operation on Samsung Cloud Platform.\n")
            .Append("Operation: ").Append(operation.Title).Append(" (").Append(operation.ToolName).Append(": ")
            .Append(operation.Method).Append(' ').Append(operation.PathTemplate).Append(", ")
            .Append(operation.Api.Product).Append(' ').Append(operation.Api.Version).Append(")\n")
            .Append("Targets: ").Append(DescribeTargets(operation, arguments)).Append('\n')
            .Append("Region: ").Append(settings.DescribeRegion())
            .Append(settings.Environment is null ? string.Empty : $" (environment {settings.Environment})").Append('\n')
            .Append("Consequence: ").Append(consequence).Append('\n')
            .Append("Nothing is sent to SCP unless you accept.")
            .ToString();
    }

    /// <summary>The ids the call targets: path parameters, else id-like body fields.</summary>
    public static string DescribeTargets(ScpOperationDescriptor operation, JsonElement arguments)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var targets = new List<string>();
        foreach (var (name, value) in TargetIds(operation, arguments))
        {
            targets.Add($"{name}={value}");
        }

        return targets.Count == 0 ? "(no resource id in the arguments)" : string.Join(", ", targets);
    }

    /// <summary>Target id name/value pairs: path parameters, then top-level body fields named <c>id</c> or <c>*_id(s)</c>.</summary>
    public static IEnumerable<(string Name, string Value)> TargetIds(ScpOperationDescriptor operation, JsonElement arguments)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (arguments.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var parameter in operation.Parameters.Where(p => p.Location == ScpParameterLocation.Path))
        {
            if (arguments.TryGetProperty(parameter.Name, out var value))
            {
                yield return (parameter.Name, RequestBuilder.ToText(value));
            }
        }

        if (arguments.TryGetProperty(ScpSchemaComposer.BodyPropertyName, out var body) && body.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in body.EnumerateObject())
            {
                if (property.Name == "id" || property.Name.EndsWith("_id", StringComparison.Ordinal)
                    || property.Name.EndsWith("_ids", StringComparison.Ordinal))
                {
                    yield return ("body." + property.Name, RequestBuilder.ToText(property.Value));
                }
            }
        }
    }

    private async Task<GateDecision> CheckTokenAsync(
        ScpOperationDescriptor operation, JsonElement arguments, string? confirmToken, CancellationToken cancellationToken)
    {
        var tool = operation.ToolName;
        if (string.IsNullOrEmpty(confirmToken))
        {
            var token = tokens.Issue(tool, arguments);
            var text = $"NOT RUN YET: {tool} is destructive and this server requires confirmation (--confirm token). Nothing was sent to SCP.\n"
                + BuildMessage(operation, arguments) + "\n"
                + $"Show this to the user. If they agree, call {tool} again with exactly the same arguments plus "
                + $"\"{ToolFactory.ConfirmTokenArgument}\": \"{token}\". The token works once and expires in {tokens.Lifetime.TotalMinutes:0} minutes.";
            return GateDecision.Refuse("not sent: confirm token issued", ResultBuilder.Error(text));
        }

        var status = await tokens.VerifyAsync(confirmToken, tool, arguments, cancellationToken);
        var reason = status switch
        {
            ConfirmTokenStatus.Valid => null,
            ConfirmTokenStatus.Expired => "the confirm token has expired",
            ConfirmTokenStatus.Replayed => "the confirm token was already used (tokens are single-use)",
            ConfirmTokenStatus.ArgumentsMismatch => "the confirm token was issued for different arguments",
            ConfirmTokenStatus.Unrecorded => "the server could not record the confirm token's single use because its shared store (Redis) is unreachable, and it refuses rather than risk running the call twice",
            _ => "the confirm token is not valid for this tool (it was not issued by this server, or it was altered)",
        };
        if (reason is null)
        {
            return GateDecision.Allow("confirmed by token");
        }

        var refusal = status == ConfirmTokenStatus.Unrecorded
            ? $"NOT RUN: {reason}. Nothing was sent to SCP. Tell the operator; once Redis is reachable again, repeat the same call with the same token (it is refused if its use was recorded after all)."
            : $"NOT RUN: {reason}. Nothing was sent to SCP. Call {tool} again without "
            + $"\"{ToolFactory.ConfirmTokenArgument}\" to get a new token, show the summary to the user, and repeat the call with the new token only if they agree.";
        return GateDecision.Refuse("not sent: " + reason, ResultBuilder.Error(refusal));
    }

    private async Task<GateDecision> ElicitAsync(
        ScpOperationDescriptor operation, JsonElement arguments, IToolCallContext context, CancellationToken cancellationToken)
    {
        var tool = operation.ToolName;
        var targets = DescribeTargets(operation, arguments);
        var outcome = await context.ConfirmAsync(BuildMessage(operation, arguments), cancellationToken);
        return outcome switch
        {
            ConfirmationOutcome.Accepted => GateDecision.Allow("confirmed by the user"),
            ConfirmationOutcome.Declined => GateDecision.Refuse("not sent: declined", ResultBuilder.Error(
                $"NOT RUN: the user declined {tool} on {targets}. Nothing was sent to SCP. Do not retry unless the user asks for it again.")),
            ConfirmationOutcome.Cancelled => GateDecision.Refuse("not sent: cancelled", ResultBuilder.Error(
                $"NOT RUN: the confirmation of {tool} on {targets} was cancelled without an answer. Nothing was sent to SCP. Ask the user whether to proceed, then call again.")),
            _ => GateDecision.Refuse("not sent: client cannot confirm", ResultBuilder.Error(
                $"NOT RUN: {tool} is destructive and this server asks for confirmation through MCP elicitation, which this client does not support. "
                + "Nothing was sent to SCP. The user can use a client that supports elicitation, or the operator can restart the server with "
                + "--confirm token (the call returns a single-use token to repeat it with) or --confirm never (no confirmation; unattended automation only).")),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Running destructive tool {Tool} WITHOUT confirmation (--confirm never).")]
    private static partial void LogUnconfirmed(ILogger logger, string tool);
}
