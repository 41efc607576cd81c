namespace Scp.Emulator.Behaviour;

/// <summary>The state values a collection's records walk through; null where the spec names none.</summary>
internal sealed record StateNames(string Field, string Settled, string? Creating, string? Deleting, string? Editing);
