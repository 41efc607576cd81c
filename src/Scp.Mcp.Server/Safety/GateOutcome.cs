namespace Scp.Mcp.Server.Safety;

/// <summary>What the confirmation gate decided for one call; <see cref="GateDecision.Describe"/> gives its words.</summary>
internal enum GateOutcome
{
    /// <summary>Not destructive: no confirmation needed.</summary>
    NotRequired,

    /// <summary>Destructive, run without asking (<c>--confirm never</c>).</summary>
    Unconfirmed,

    /// <summary>The person accepted the elicitation (or typed yes).</summary>
    ConfirmedByUser,

    /// <summary>The person accepted a multi round-trip (MRTR) question, and the retry's signed state was valid and unused.</summary>
    ConfirmedByRoundTrip,

    /// <summary>Repeated with a valid confirm token.</summary>
    ConfirmedByToken,

    /// <summary>Not run: a confirm token was issued for the person to approve.</summary>
    TokenIssued,

    /// <summary>Not run: the confirm token has expired.</summary>
    TokenExpired,

    /// <summary>Not run: the confirm token was already used.</summary>
    TokenReplayed,

    /// <summary>Not run: the confirm token was issued for other arguments.</summary>
    TokenArgumentsMismatch,

    /// <summary>Not run: the confirm token's single use could not be recorded (the shared store, Redis, is unreachable).</summary>
    TokenUnrecorded,

    /// <summary>Not run: the confirm token is not valid for this tool.</summary>
    TokenInvalid,

    /// <summary>Not run: the person declined.</summary>
    Declined,

    /// <summary>Not run: the question was dismissed without an answer.</summary>
    Cancelled,

    /// <summary>Not run: the client cannot ask the person.</summary>
    ClientCannotConfirm,

    /// <summary>Not run: <c>scp-mcp call</c> has no terminal to ask on (standard input is redirected).</summary>
    NoTerminal,
}
