namespace Scp.Mcp.Server.Safety;

/// <summary>What the person answered when asked to confirm a destructive call.</summary>
internal enum ConfirmationOutcome
{
    /// <summary>Yes: run it.</summary>
    Accepted,

    /// <summary>No.</summary>
    Declined,

    /// <summary>The question was dismissed without an answer.</summary>
    Cancelled,

    /// <summary>The client cannot ask (no elicitation capability, or no terminal).</summary>
    Unsupported,
}
