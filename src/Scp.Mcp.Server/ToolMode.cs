namespace Scp.Mcp.Server;

/// <summary>How operations are offered as tools.</summary>
internal enum ToolMode
{
    /// <summary>
    /// The default: <see cref="Full"/> or <see cref="Discover"/> chosen per client from the name it gives in
    /// <c>initialize</c> (docs/clients.md): clients known to cap the number of tools get discover.
    /// </summary>
    Auto,

    /// <summary>One tool per operation.</summary>
    Full,

    /// <summary>A few meta-tools: search, describe, call read, call write.</summary>
    Discover,
}
