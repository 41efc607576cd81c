namespace Scp.Sdk.Polling;

/// <summary>Reported after each check.</summary>
/// <param name="Check">1 for the first check.</param>
/// <param name="State">The state read, or null when none was found (or the resource is gone).</param>
/// <param name="Elapsed">Time since polling started.</param>
public sealed record ScpPollProgress(int Check, string? State, TimeSpan Elapsed);
