namespace Scp.Mcp.Server;

/// <summary>How operations are offered as tools.</summary>
internal enum ToolMode
{
    /// <summary>One tool per operation.</summary>
    Full,

    /// <summary>A few meta-tools: search, describe, call read, call write.</summary>
    Discover,
}
