namespace Scp.Mcp.Server.Safety;

/// <summary>What a running call may ask of whoever invoked it: a confirmation and progress reports.</summary>
internal interface IToolCallContext
{
    /// <summary>
    /// Who is calling, as confirm tokens are bound to it: the authenticated subject of an HTTP request; empty where the
    /// transport authenticates nobody (stdio, the CLI, a static bearer token shared by its holders).
    /// </summary>
    string Principal => string.Empty;

    /// <summary>Non-null when the client confirms through multi round-trip requests instead of <see cref="ConfirmAsync"/>.</summary>
    IConfirmationRoundTrip? RoundTrip => null;

    /// <summary>Asks the person to confirm <paramref name="message"/>.</summary>
    Task<ConfirmationOutcome> ConfirmAsync(string message, CancellationToken cancellationToken);

    /// <summary>Reports progress of a long-running call (ignored when the caller did not ask for it).</summary>
    ValueTask ReportProgressAsync(double progress, string message, CancellationToken cancellationToken);
}
