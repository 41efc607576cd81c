namespace Scp.Mcp.Server.Safety;

/// <summary>Result of checking a confirm token.</summary>
internal enum ConfirmTokenStatus
{
    /// <summary>Valid for this tool and these arguments; now used up.</summary>
    Valid,

    /// <summary>Not issued by a server with this key, altered, or issued for another tool.</summary>
    Invalid,

    /// <summary>Older than its lifetime.</summary>
    Expired,

    /// <summary>Already used once.</summary>
    Replayed,

    /// <summary>Issued for the same tool with different arguments.</summary>
    ArgumentsMismatch,

    /// <summary>Valid, but its use could not be recorded (the shared record, Redis, is unreachable): refused, fail closed.</summary>
    Unrecorded,
}
