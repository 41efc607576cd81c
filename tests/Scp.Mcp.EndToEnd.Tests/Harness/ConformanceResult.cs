namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>The outcome of one conformance scenario run: its checks and the CLI process that produced them.</summary>
public sealed record ConformanceResult(string Scenario, IReadOnlyList<ConformanceCheck> Checks, ProcessResult Process)
{
    /// <summary>True when the suite exited 0, reported at least one check, and every check passed.</summary>
    public bool Passed => Process.ExitCode == 0 && Checks.Count > 0 && Checks.All(c => c.Passed);

    /// <summary>A readable account for assertion messages.</summary>
    public string Describe() =>
        $"scenario {Scenario}: " + string.Join("; ", Checks.Select(c => $"{c.Id} {c.Status}{(c.ErrorMessage is null ? string.Empty : " (" + c.ErrorMessage + ")")}"))
        + "\n" + Process.Describe();
}
