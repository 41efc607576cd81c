namespace Scp.Sdk.Errors;

/// <summary>
/// A failed SCP call: an error response, normalised from whichever shape SCP answered, or a call that got no answer
/// (not sent, unreachable, timed out; then <see cref="StatusCode"/> is null and <see cref="Code"/> says which).
/// </summary>
public sealed class ScpError
{
    /// <summary>HTTP status code; null when SCP did not answer.</summary>
    public required int? StatusCode { get; init; }

    /// <summary>HTTP reason phrase, when known.</summary>
    public string? ReasonPhrase { get; init; }

    /// <summary>SCP's error code or the gateway's error name.</summary>
    public string? Code { get; init; }

    /// <summary>Short title.</summary>
    public string? Title { get; init; }

    /// <summary>Detail lines (one for a string detail, several for a list).</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>Every detail line joined with "; ", or null when there is none.</summary>
    public string? Detail => Details.Count == 0 ? null : string.Join("; ", Details);

    /// <summary>SCP's request id (body <c>request_id</c> or a request-id response header).</summary>
    public string? RequestId { get; init; }

    /// <summary>SCP's global request id.</summary>
    public string? GlobalRequestId { get; init; }

    /// <summary>Which shape the body had: <c>errors</c>, <c>gateway</c>, <c>spring</c>, <c>json</c>, <c>text</c>, <c>empty</c>, or <c>none</c> when SCP did not answer.</summary>
    public string Shape { get; init; } = "empty";

    /// <summary>What to check, for statuses with a usual cause.</summary>
    public string? Hint { get; init; }
}
