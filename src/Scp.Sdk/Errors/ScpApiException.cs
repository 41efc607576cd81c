using System.Globalization;
using System.Text;

namespace Scp.Sdk.Errors;

/// <summary>
/// SCP answered with a non-success status. Carries the HTTP status, SCP's error code, title, detail, request ids
/// and a hint on what to check. Built from every error shape SCP answers (see <see cref="ScpErrorParser"/>).
/// Never contains a credential or signature.
/// </summary>
public sealed class ScpApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScpApiException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ScpApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public ScpApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a parsed error.</summary>
    public ScpApiException(ScpError error, string? method = null, string? requestUrl = null)
        : base(BuildMessage(error, method, requestUrl))
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
        Method = method;
        RequestUrl = requestUrl;
    }

    /// <summary>Everything parsed from the response.</summary>
    public ScpError Error { get; } = new() { StatusCode = null };

    /// <summary>HTTP status code (0 when the exception was created without an error).</summary>
    public int StatusCode => Error.StatusCode ?? 0;

    /// <summary>SCP's error code (e.g. <c>BAD_REQUEST</c>), or the gateway's error name; null when none was sent.</summary>
    public string? ErrorCode => Error.Code;

    /// <summary>Short title of the error.</summary>
    public string? Title => Error.Title;

    /// <summary>Every detail line joined with "; " (SCP sends a string or a list).</summary>
    public string? Detail => Error.Detail;

    /// <summary>SCP's request id.</summary>
    public string? RequestId => Error.RequestId;

    /// <summary>SCP's global request id.</summary>
    public string? GlobalRequestId => Error.GlobalRequestId;

    /// <summary>What to check, for statuses with a known usual cause (401, 403, 404, 409, 429).</summary>
    public string? Hint => Error.Hint;

    /// <summary>The HTTP method of the failed request.</summary>
    public string? Method { get; }

    /// <summary>The URL of the failed request (URLs carry no secret: SCP signs headers).</summary>
    public string? RequestUrl { get; }

    private static string BuildMessage(ScpError error, string? method, string? requestUrl)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = new StringBuilder("SCP answered ").Append(error.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "without a status");
        if (!string.IsNullOrEmpty(error.ReasonPhrase))
        {
            text.Append(' ').Append(error.ReasonPhrase);
        }

        if (method is not null && requestUrl is not null)
        {
            text.Append(" to ").Append(method).Append(' ').Append(requestUrl);
        }

        text.Append(':');
        if (error.Code is not null)
        {
            text.Append(" [").Append(error.Code).Append(']');
        }

        if (error.Title is not null)
        {
            text.Append(' ').Append(error.Title);
        }

        if (error.Details.Count > 0)
        {
            text.Append(error.Title is null ? " " : " - ").AppendJoin("; ", error.Details);
        }

        if (error.Code is null && error.Title is null && error.Details.Count == 0)
        {
            text.Append(" (no error body)");
        }

        if (error.RequestId is not null)
        {
            text.Append(" (request id ").Append(error.RequestId);
            if (error.GlobalRequestId is not null)
            {
                text.Append(", global request id ").Append(error.GlobalRequestId);
            }

            text.Append(')');
        }

        text.Append('.');
        if (error.Hint is not null)
        {
            text.Append(" Hint: ").Append(error.Hint);
        }

        return text.ToString();
    }
}
