namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>One check of a conformance scenario (<c>checks.json</c>): id, status (SUCCESS, FAILURE, WARNING, INFO, ...) and message.</summary>
public sealed record ConformanceCheck(string Id, string Status, string? ErrorMessage)
{
    /// <summary>True for SUCCESS and INFO; FAILURE, WARNING and anything else count against the server.</summary>
    public bool Passed => Status is "SUCCESS" or "INFO";
}
