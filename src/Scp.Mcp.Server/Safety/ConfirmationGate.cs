using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Safety;

/// <summary>
/// Lets a destructive call through only with a person's yes, by the policy chosen with <c>--confirm</c>:
/// <c>elicit</c> (ask through the client: MCP elicitation in the client's session, or — for clients on protocol
/// 2026-07-28 — a multi round-trip request whose state is a signed confirm token), <c>token</c> (single-use confirm
/// token) or <c>never</c>. Every token, whichever way it travels, is issued and checked by <see cref="ConfirmTokenService"/>.
/// </summary>
internal sealed partial class ConfirmationGate(ScpServerOptions settings, ConfirmTokenService tokens, ILogger<ConfirmationGate> logger)
{
    /// <summary>Decides whether the call of <paramref name="operation"/> may run.</summary>
    /// <param name="operation">The operation called.</param>
    /// <param name="arguments">The validated arguments (a confirm token is bound to them).</param>
    /// <param name="targets">The ids the call targets, as the person is shown them.</param>
    /// <param name="confirmToken">The confirm token given with the call, under <c>--confirm token</c>.</param>
    /// <param name="context">Who to ask.</param>
    /// <param name="cancellationToken">Cancels the question.</param>
    public async Task<GateDecision> CheckAsync(
        ScpOperationDescriptor operation, JsonElement arguments, IReadOnlyList<(string Name, string Value)> targets, string? confirmToken,
        IToolCallContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(context);
        if (operation.Safety != ScpSafety.Destructive)
        {
            return GateDecision.Allow(GateOutcome.NotRequired);
        }

        switch (settings.Confirm)
        {
            case ConfirmPolicy.Never:
                LogUnconfirmed(logger, operation.ToolName);
                return GateDecision.Allow(GateOutcome.Unconfirmed);
            case ConfirmPolicy.Token:
                return await CheckTokenAsync(operation, arguments, targets, confirmToken, context.Principal, cancellationToken);
            default:
                return context.RoundTrip is { } roundTrip
                    ? await RoundTripAsync(operation, arguments, targets, roundTrip, context.Principal, cancellationToken)
                    : await ElicitAsync(operation, targets, context, cancellationToken);
        }
    }

    /// <summary>The question put to the person: operation, target ids, region and consequence.</summary>
    public string BuildMessage(ScpOperationDescriptor operation, IReadOnlyList<(string Name, string Value)> targets)
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
            .Append("Targets: ").Append(DescribeTargets(targets)).Append('\n')
            .Append("Region: ").Append(settings.DescribeRegion())
            .Append(settings.Environment is null ? string.Empty : $" (environment {settings.Environment})").Append('\n')
            .Append("Consequence: ").Append(consequence).Append('\n')
            .Append("Nothing is sent to SCP unless you accept.")
            .ToString();
    }

    /// <summary>The targets as the person reads them: <c>name=value, …</c>.</summary>
    public static string DescribeTargets(IReadOnlyList<(string Name, string Value)> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return targets.Count == 0 ? "(no resource id in the arguments)" : string.Join(", ", targets.Select(t => $"{t.Name}={t.Value}"));
    }

    private async Task<GateDecision> CheckTokenAsync(
        ScpOperationDescriptor operation, JsonElement arguments, IReadOnlyList<(string Name, string Value)> targets, string? confirmToken,
        string principal, CancellationToken cancellationToken)
    {
        var tool = operation.ToolName;
        if (string.IsNullOrEmpty(confirmToken))
        {
            var token = tokens.Issue(tool, arguments, principal);
            var text = $"NOT RUN YET: {tool} is destructive and this server requires confirmation (--confirm token). Nothing was sent to SCP.\n"
                + BuildMessage(operation, targets) + "\n"
                + $"Show this to the user. If they agree, call {tool} again with exactly the same arguments plus "
                + $"\"{ConfirmTokenService.ArgumentName}\": \"{token}\". The token works once and expires in {tokens.Lifetime.TotalMinutes:0} minutes.";
            return GateDecision.Refuse(GateOutcome.TokenIssued, text);
        }

        var outcome = await VerifyAsync(confirmToken, tool, arguments, principal, GateOutcome.ConfirmedByToken, cancellationToken);
        if (outcome == GateOutcome.ConfirmedByToken)
        {
            return GateDecision.Allow(outcome);
        }

        return GateDecision.Refuse(outcome, outcome == GateOutcome.TokenUnrecorded
            ? $"NOT RUN: {GateDecision.Describe(outcome)}. Nothing was sent to SCP. Tell the operator; once Redis is reachable again, repeat the same call with the same token (it is refused if its use was recorded after all)."
            : $"NOT RUN: {GateDecision.Describe(outcome)}. Nothing was sent to SCP. Call {tool} again without "
            + $"\"{ConfirmTokenService.ArgumentName}\" to get a new token, show the summary to the user, and repeat the call with the new token only if they agree.");
    }

    private async Task<GateDecision> ElicitAsync(
        ScpOperationDescriptor operation, IReadOnlyList<(string Name, string Value)> targets, IToolCallContext context, CancellationToken cancellationToken)
    {
        var tool = operation.ToolName;
        var answer = await context.ConfirmAsync(BuildMessage(operation, targets), cancellationToken);
        return answer switch
        {
            ConfirmationOutcome.Accepted => GateDecision.Allow(GateOutcome.ConfirmedByUser),
            ConfirmationOutcome.Declined or ConfirmationOutcome.Cancelled => NotAccepted(answer, tool, targets),
            ConfirmationOutcome.NoTerminal => GateDecision.Refuse(GateOutcome.NoTerminal,
                $"NOT RUN: {tool} is destructive and needs a person's yes, but there is no terminal to ask on (standard input is "
                + "redirected, as in a script, a pipe or CI). Nothing was sent to SCP. For automation whose calls you have reviewed, "
                + "run it again with --confirm never. To confirm by hand, run the command in a terminal, or use an MCP client "
                + "that can ask the user."),
            _ => GateDecision.Refuse(GateOutcome.ClientCannotConfirm,
                $"NOT RUN: {tool} is destructive and this server asks for confirmation through MCP elicitation, which this client does not support. "
                + "Nothing was sent to SCP. The user can use a client that supports elicitation, or the operator can restart the server with "
                + "--confirm token (the call returns a single-use token to repeat it with) or --confirm never (no confirmation; unattended automation only)."),
        };
    }

    /// <summary>
    /// A multi round-trip (MRTR) confirmation. First call: end it with the question and a confirm token as its
    /// <c>requestState</c>. Retry: the person's answer decides; an accepting answer runs only with a state that this key
    /// signed for this principal, tool and these arguments, unexpired, and used for the first time (on any replica).
    /// </summary>
    private async Task<GateDecision> RoundTripAsync(
        ScpOperationDescriptor operation, JsonElement arguments, IReadOnlyList<(string Name, string Value)> targets,
        IConfirmationRoundTrip roundTrip, string principal, CancellationToken cancellationToken)
    {
        var tool = operation.ToolName;
        if (roundTrip.Answer is not { } retry)
        {
            throw roundTrip.Ask(BuildMessage(operation, targets), tokens.Issue(tool, arguments, principal));
        }

        if (retry.Answer != ConfirmationOutcome.Accepted)
        {
            return NotAccepted(retry.Answer, tool, targets);
        }

        var outcome = await VerifyAsync(retry.State, tool, arguments, principal, GateOutcome.ConfirmedByRoundTrip, cancellationToken);
        return outcome == GateOutcome.ConfirmedByRoundTrip
            ? GateDecision.Allow(outcome)
            : GateDecision.Refuse(outcome, outcome == GateOutcome.TokenUnrecorded
                ? $"NOT RUN: the user accepted, but {GateDecision.Describe(outcome)}. Nothing was sent to SCP. Tell the operator; once Redis is reachable again, call {tool} again to be asked again."
                : $"NOT RUN: the confirmation's request state was refused: {GateDecision.Describe(outcome)}. Nothing was sent to SCP. "
                + $"Call {tool} again without a request state to ask the user again; run it only if they accept.");
    }

    /// <summary>Checks a confirm token (from <c>--confirm token</c> or an MRTR request state); <paramref name="valid"/> when it may run.</summary>
    private async Task<GateOutcome> VerifyAsync(
        string token, string tool, JsonElement arguments, string principal, GateOutcome valid, CancellationToken cancellationToken)
        => await tokens.VerifyAsync(token, tool, arguments, principal, cancellationToken) switch
        {
            ConfirmTokenStatus.Valid => valid,
            ConfirmTokenStatus.Expired => GateOutcome.TokenExpired,
            ConfirmTokenStatus.Replayed => GateOutcome.TokenReplayed,
            ConfirmTokenStatus.ArgumentsMismatch => GateOutcome.TokenArgumentsMismatch,
            ConfirmTokenStatus.Unrecorded => GateOutcome.TokenUnrecorded,
            _ => GateOutcome.TokenInvalid,
        };

    /// <summary>The refusal when the person declined or dismissed the question (elicitation or MRTR).</summary>
    private static GateDecision NotAccepted(ConfirmationOutcome answer, string tool, IReadOnlyList<(string Name, string Value)> targets)
        => answer == ConfirmationOutcome.Declined
            ? GateDecision.Refuse(GateOutcome.Declined,
                $"NOT RUN: the user declined {tool} on {DescribeTargets(targets)}. Nothing was sent to SCP. Do not retry unless the user asks for it again.")
            : GateDecision.Refuse(GateOutcome.Cancelled,
                $"NOT RUN: the confirmation of {tool} on {DescribeTargets(targets)} was cancelled without an answer. Nothing was sent to SCP. Ask the user whether to proceed, then call again.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Running destructive tool {Tool} WITHOUT confirmation (--confirm never).")]
    private static partial void LogUnconfirmed(ILogger logger, string tool);
}
