namespace Scp.Mcp.Server.Safety;

/// <summary>What the confirmation gate decided for one call: its outcome and, when it must not run, the text that says why.</summary>
internal sealed class GateDecision
{
    private GateDecision(GateOutcome outcome, string? refusalText)
    {
        Outcome = outcome;
        RefusalText = refusalText;
    }

    /// <summary>What was decided.</summary>
    public GateOutcome Outcome { get; }

    /// <summary>True when the call may be sent.</summary>
    public bool Proceed => RefusalText is null;

    /// <summary>When not proceeding: what the agent is told (why, and what to do next).</summary>
    public string? RefusalText { get; }

    /// <summary>The outcome as the audit log records it, e.g. <c>confirmed by the user</c> or <c>not sent: declined</c>.</summary>
    public string AuditText => Proceed ? Describe(Outcome) : "not sent: " + Describe(Outcome);

    /// <summary>The call may run.</summary>
    public static GateDecision Allow(GateOutcome outcome) => new(outcome, null);

    /// <summary>The call must not run; <paramref name="refusalText"/> tells the agent why and what to do.</summary>
    public static GateDecision Refuse(GateOutcome outcome, string refusalText)
    {
        ArgumentException.ThrowIfNullOrEmpty(refusalText);
        return new(outcome, refusalText);
    }

    /// <summary>The words for <paramref name="outcome"/> (the one place they are written).</summary>
    public static string Describe(GateOutcome outcome) => outcome switch
    {
        GateOutcome.NotRequired => "no confirmation needed",
        GateOutcome.Unconfirmed => "ran without confirmation (--confirm never)",
        GateOutcome.ConfirmedByUser => "confirmed by the user",
        GateOutcome.ConfirmedByRoundTrip => "confirmed by the user (multi round-trip request)",
        GateOutcome.ConfirmedByToken => "confirmed by token",
        GateOutcome.TokenIssued => "confirm token issued",
        GateOutcome.TokenExpired => "the confirm token has expired",
        GateOutcome.TokenReplayed => "the confirm token was already used (tokens are single-use)",
        GateOutcome.TokenArgumentsMismatch => "the confirm token was issued for different arguments",
        GateOutcome.TokenUnrecorded => "the server could not record the confirm token's single use because its shared store (Redis) is unreachable, and it refuses rather than risk running the call twice",
        GateOutcome.TokenInvalid => "the confirm token is not valid for this tool and caller (it was issued for another tool or another user, not by a server with this confirm key, or it was altered)",
        GateOutcome.Declined => "declined",
        GateOutcome.Cancelled => "cancelled",
        GateOutcome.ClientCannotConfirm => "client cannot confirm",
        GateOutcome.NoTerminal => "no terminal to confirm on",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
