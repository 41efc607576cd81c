namespace Scp.Mcp.Server.Safety;

/// <summary>The single-use record (Redis) could not be reached, so a use could not be recorded; nothing may run.</summary>
internal sealed class SingleUseRecordUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SingleUseRecordUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SingleUseRecordUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public SingleUseRecordUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
