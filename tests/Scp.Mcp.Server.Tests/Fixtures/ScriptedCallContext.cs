using Scp.Mcp.Server.Safety;

namespace Scp.Mcp.Server.Tests.Fixtures;

/// <summary>A call context for the CLI path: answers confirmations from a script and records messages.</summary>
internal sealed class ScriptedCallContext(ConfirmationOutcome answer = ConfirmationOutcome.Unsupported) : IToolCallContext
{
    public List<string> Questions { get; } = [];

    public List<string> Progress { get; } = [];

    public Task<ConfirmationOutcome> ConfirmAsync(string message, CancellationToken cancellationToken)
    {
        Questions.Add(message);
        return Task.FromResult(answer);
    }

    public ValueTask ReportProgressAsync(double progress, string message, CancellationToken cancellationToken)
    {
        Progress.Add(message);
        return ValueTask.CompletedTask;
    }
}
