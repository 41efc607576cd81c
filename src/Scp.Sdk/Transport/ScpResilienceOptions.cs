namespace Scp.Sdk.Transport;

/// <summary>Retry and timeout settings of the transport. Retries apply to GET, PUT, DELETE (and HEAD, OPTIONS) only.</summary>
public sealed class ScpResilienceOptions
{
    /// <summary>Retries after the first attempt (0 disables retries). Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base delay of the exponential backoff (with jitter). Default 1 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest backoff delay. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Adds random jitter to backoff delays. Default true.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>Longest <c>Retry-After</c> that is waited for; a longer one is returned to the caller unretried. Default 60 s.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Timeout of one attempt; null for none. Default 30 s.</summary>
    public TimeSpan? AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of the whole call including retries and delays; null for none. Default 120 s.</summary>
    public TimeSpan? TotalTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Called before each retry with the attempt number (0 = first retry), the delay and the reason; for logs and tests.</summary>
    public Action<ScpRetryInfo>? OnRetry { get; set; }
}
