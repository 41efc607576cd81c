namespace Scp.Sdk.Polling;

/// <summary>
/// How to wait for an asynchronous SCP operation: SCP's official timing is a first check after 2 s, then one every
/// 3 s or more. Which JSON property holds the state and which states are transitional are data, not code.
/// </summary>
public sealed class ScpPollingOptions
{
    /// <summary>Wait before the first check. Default 2 s.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Wait between checks. Default 3 s.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Give up (outcome <see cref="ScpPollOutcome.TimedOut"/>) after this long. Default 10 min.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Dotted path of the state property (e.g. <c>state</c>, <c>cloud_ml_state</c>, <c>resource.state</c>); null finds it:
    /// <c>state</c>, <c>status</c>, else the first top-level property ending in <c>_state</c>.
    /// </summary>
    public string? StateProperty { get; set; }

    /// <summary>States meaning "still working" (compared ignoring case).</summary>
    public ISet<string> TransitionalStates { get; set; } = new HashSet<string>(DefaultTransitionalStates, StringComparer.OrdinalIgnoreCase);

    /// <summary>Settled states that mean the operation failed (compared ignoring case).</summary>
    public ISet<string> FailureStates { get; set; } = new HashSet<string>(["ERROR", "FAILED", "FAIL", "ERROR_DELETING"], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when waiting for a delete: a 404 from the GET means done (outcome <see cref="ScpPollOutcome.Gone"/>).</summary>
    public bool NotFoundMeansDone { get; set; }

    /// <summary>The default transitional states, from the states SCP's docs show.</summary>
    public static IReadOnlyList<string> DefaultTransitionalStates { get; } =
    [
        "CREATING", "DELETING", "EDITING", "UPDATING", "ATTACHING", "DETACHING", "EXTENDING", "RESIZING", "RESTORING",
        "STARTING", "STOPPING", "PENDING", "IN_PROGRESS", "PROCESSING", "DEPLOYING", "TERMINATING", "PROVISIONING",
    ];
}
