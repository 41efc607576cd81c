namespace Scp.Mcp.Server.Tools;

/// <summary>A failed SCP call, reduced to what an agent can act on.</summary>
public sealed record ScpErrorInfo
{
    /// <summary>HTTP status, when SCP answered.</summary>
    public int? Status { get; init; }

    /// <summary>SCP's error code (or the gateway's error name).</summary>
    public string? Code { get; init; }

    /// <summary>SCP's error title.</summary>
    public string? Title { get; init; }

    /// <summary>SCP's detail text (a list of details is joined).</summary>
    public string? Detail { get; init; }

    /// <summary>SCP's request id, for support.</summary>
    public string? RequestId { get; init; }
}
