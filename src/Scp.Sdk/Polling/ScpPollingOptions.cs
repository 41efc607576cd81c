namespace Scp.Sdk.Polling;

/// <summary>
/// When to check an asynchronous SCP operation: SCP's official timing is a first check after 2 s, then one every 3 s or
/// more. What to read and which states mean "still working" come from the operation's <c>ScpOperationLifecycle</c>.
/// </summary>
public sealed class ScpPollingOptions
{
    /// <summary>Wait before the first check. Default 2 s.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Wait between checks. Default 3 s.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Give up (outcome <see cref="ScpPollOutcome.TimedOut"/>) after this long. Default 10 min.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);
}
