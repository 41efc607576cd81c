namespace Scp.Mcp.Server.Tools;

/// <summary>
/// A failed SCP call as the server understands it. Invokers may throw it directly; <see cref="ScpErrorTranslator"/>
/// also maps the transport's own exceptions to <see cref="ScpErrorInfo"/>.
/// </summary>
public sealed class ScpCallException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScpCallException()
        : this(new ScpErrorInfo())
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ScpCallException(string message)
        : this(new ScpErrorInfo { Detail = message })
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ScpCallException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new ScpErrorInfo { Detail = message };
    }

    /// <summary>Creates the exception from an SCP error.</summary>
    public ScpCallException(ScpErrorInfo error)
        : base(Describe(error))
    {
        Error = error;
    }

    /// <summary>The SCP error.</summary>
    public ScpErrorInfo Error { get; }

    private static string Describe(ScpErrorInfo error)
        => $"SCP call failed (status {error?.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, code {error?.Code ?? "none"}).";
}
