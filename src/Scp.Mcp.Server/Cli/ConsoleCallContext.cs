using Scp.Mcp.Server.Safety;

namespace Scp.Mcp.Server.Cli;

/// <summary>Call context of <c>scp-mcp call</c>: asks on the terminal, reports progress on stderr.</summary>
internal sealed class ConsoleCallContext(TextReader input, TextWriter error, bool interactive) : IToolCallContext
{
    public async Task<ConfirmationOutcome> ConfirmAsync(string message, CancellationToken cancellationToken)
    {
        if (!interactive)
        {
            return ConfirmationOutcome.NoTerminal;
        }

        await error.WriteLineAsync(message);
        await error.WriteAsync("Type 'yes' to proceed: ");
        await error.FlushAsync(cancellationToken);
        var answer = await input.ReadLineAsync(cancellationToken);
        return answer is null
            ? ConfirmationOutcome.Cancelled
            : string.Equals(answer.Trim(), "yes", StringComparison.OrdinalIgnoreCase) ? ConfirmationOutcome.Accepted : ConfirmationOutcome.Declined;
    }

    public async ValueTask ReportProgressAsync(double progress, string message, CancellationToken cancellationToken)
        => await error.WriteLineAsync(message.AsMemory(), cancellationToken);
}
