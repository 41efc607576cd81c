namespace Scp.Emulator.Faults;

/// <summary>The faults drawn for one request.</summary>
internal readonly record struct FaultDecision(TimeSpan Latency, FaultOutcome Outcome);
