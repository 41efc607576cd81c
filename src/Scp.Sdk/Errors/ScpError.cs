namespace Scp.Sdk.Errors;

/// <summary>An SCP error response, normalised from whichever shape SCP answered.</summary>
public sealed class ScpError
{
    /// <summary>HTTP status code.</summary>
    public required int StatusCode { get; init; }

    /// <summary>HTTP reason phrase, when known.</summary>
    public string? ReasonPhrase { get; init; }

    /// <summary>SCP's error code or the gateway's error name.</summary>
    public string? Code { get; init; }

    /// <summary>Short title.</summary>
    public string? Title { get; init; }

    /// <summary>Detail lines (one for a string detail, several for a list).</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>SCP's request id (body <c>request_id</c> or a request-id response header).</summary>
    public string? RequestId { get; init; }

    /// <summary>SCP's global request id.</summary>
    public string? GlobalRequestId { get; init; }

    /// <summary>Which shape the body had: <c>errors</c>, <c>gateway</c>, <c>spring</c>, <c>json</c>, <c>text</c> or <c>empty</c>.</summary>
    public string Shape { get; init; } = "empty";

    /// <summary>What to check, for statuses with a usual cause.</summary>
    public string? Hint { get; init; }
}
