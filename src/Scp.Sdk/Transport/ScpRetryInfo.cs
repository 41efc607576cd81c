namespace Scp.Sdk.Transport;

/// <summary>One retry decision: which attempt failed, why, and how long the transport waits.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="AttemptNumber">0 for the first retry.</param>
/// <param name="Delay">The wait before the next attempt.</param>
/// <param name="StatusCode">The failed attempt's status, or null when it threw.</param>
/// <param name="Reason">The status or exception type, for logs.</param>
public sealed record ScpRetryInfo(string Method, int AttemptNumber, TimeSpan Delay, int? StatusCode, string Reason);
