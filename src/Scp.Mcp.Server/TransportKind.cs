namespace Scp.Mcp.Server.Cli;

/// <summary>The MCP transport the server listens on.</summary>
public enum TransportKind
{
    /// <summary>Standard input/output; logs go to stderr.</summary>
    Stdio,

    /// <summary>Streamable HTTP.</summary>
    Http,
}
