namespace Scp.Mcp.Server;

/// <summary>How a destructive call gets a person's yes (DESIGN.md, "Confirmation gate").</summary>
internal enum ConfirmPolicy
{
    /// <summary>Ask through MCP elicitation; refuse when the client cannot ask.</summary>
    Elicit,

    /// <summary>Return a single-use confirm token; the call runs when repeated with it.</summary>
    Token,

    /// <summary>Run without asking (unattended automation the operator opted into).</summary>
    Never,
}
