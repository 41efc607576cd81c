namespace Scp.Mcp.Server;

/// <summary>How a destructive call gets a person's yes (docs/architecture.md, "Gates").</summary>
internal enum ConfirmPolicy
{
    /// <summary>Ask through MCP elicitation; refuse when the client cannot ask.</summary>
    Elicit,

    /// <summary>Return a single-use confirm token; the call runs when repeated with it.</summary>
    Token,

    /// <summary>Run without asking (unattended automation the operator opted into).</summary>
    Never,
}
