namespace Scp.Sdk.Invocation;

/// <summary>A successful SCP response.</summary>
public sealed class ScpOperationResponse
{
    /// <summary>HTTP status code (2xx).</summary>
    public required int StatusCode { get; init; }

    /// <summary>The response body as raw bytes (empty when none).</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The response media type, when sent.</summary>
    public string? ContentType { get; init; }

    /// <summary>SCP's request id, from the body or headers, when present.</summary>
    public string? RequestId { get; init; }

    /// <summary>The URL that was requested (never contains secrets: SCP signs headers, not the URL).</summary>
    public Uri? RequestUri { get; init; }
}
