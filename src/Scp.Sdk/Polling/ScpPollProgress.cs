namespace Scp.Sdk.Polling;

/// <summary>Reported after each check.</summary>
/// <param name="Check">1 for the first check.</param>
/// <param name="State">The state read, or null when none was found (or the GET answered 404).</param>
/// <param name="Elapsed">Time since polling started.</param>
public sealed record ScpPollProgress(int Check, string? State, TimeSpan Elapsed)
{
    /// <summary>True when the GET answered 404 (gone after a delete; not visible yet otherwise).</summary>
    public bool NotFound { get; init; }
}
