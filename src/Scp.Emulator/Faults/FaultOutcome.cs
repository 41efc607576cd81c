namespace Scp.Emulator.Faults;

/// <summary>What an injected fault does to a request.</summary>
internal enum FaultOutcome
{
    None,
    ServerError,
    TooManyRequests,
    DropConnection,
}
