namespace Scp.Sdk.Polling;

/// <summary>How waiting for an asynchronous operation ended.</summary>
public enum ScpPollOutcome
{
    /// <summary>The state left the transitional states.</summary>
    Settled,

    /// <summary>The state settled in one of the failure states.</summary>
    Failed,

    /// <summary>The GET answered 404 while waiting for a delete.</summary>
    Gone,

    /// <summary>The timeout passed while the state was still transitional.</summary>
    TimedOut,
}
