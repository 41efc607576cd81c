namespace Scp.Mcp.Server.Safety;

/// <summary>What a running call may ask of whoever invoked it: a confirmation and progress reports.</summary>
internal interface IToolCallContext
{
    /// <summary>Asks the person to confirm <paramref name="message"/>.</summary>
    Task<ConfirmationOutcome> ConfirmAsync(string message, CancellationToken cancellationToken);

    /// <summary>Reports progress of a long-running call (ignored when the caller did not ask for it).</summary>
    ValueTask ReportProgressAsync(double progress, string message, CancellationToken cancellationToken);
}
