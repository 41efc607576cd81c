namespace Scp.Sdk.Polling;

/// <summary>The end of waiting: outcome, last state and body, checks made.</summary>
public sealed class ScpPollResult
{
    /// <summary>How it ended.</summary>
    public required ScpPollOutcome Outcome { get; init; }

    /// <summary>The last state read (null when gone or none was found).</summary>
    public string? State { get; init; }

    /// <summary>The last GET body (empty when gone).</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>GET calls made.</summary>
    public required int Checks { get; init; }

    /// <summary>Time spent.</summary>
    public required TimeSpan Elapsed { get; init; }
}
