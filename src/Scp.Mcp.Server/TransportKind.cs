namespace Scp.Mcp.Server;

/// <summary>The MCP transport the server listens on.</summary>
internal enum TransportKind
{
    /// <summary>Standard input/output; logs go to stderr.</summary>
    Stdio,

    /// <summary>Streamable HTTP.</summary>
    Http,
}
