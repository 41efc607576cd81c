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

    /// <summary>The MCP client cannot ask (no elicitation capability).</summary>
    Unsupported,

    /// <summary><c>scp-mcp call</c> has no terminal to ask on (standard input is redirected: a script, a pipe, CI).</summary>
    NoTerminal,
}
