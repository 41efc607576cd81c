using ModelContextProtocol.Protocol;

namespace Scp.Mcp.Server.Safety;

/// <summary>What the confirmation gate decided for one destructive call.</summary>
public sealed class GateDecision
{
    private GateDecision(bool proceed, string outcome, CallToolResult? refusal)
    {
        Proceed = proceed;
        Outcome = outcome;
        Refusal = refusal;
    }

    /// <summary>True when the call may be sent.</summary>
    public bool Proceed { get; }

    /// <summary>Short outcome for the audit log, e.g. <c>confirmed by elicitation</c> or <c>not sent: declined</c>.</summary>
    public string Outcome { get; }

    /// <summary>The result to return instead of running, when not proceeding.</summary>
    public CallToolResult? Refusal { get; }

    /// <summary>The call may run.</summary>
    public static GateDecision Allow(string outcome) => new(true, outcome, null);

    /// <summary>The call must not run; <paramref name="refusal"/> tells the agent why and what to do.</summary>
    public static GateDecision Refuse(string outcome, CallToolResult refusal) => new(false, outcome, refusal);
}
