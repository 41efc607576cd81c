namespace Scp.Mcp.Server.Safety;

/// <summary>
/// A confirmation asked by ending the call and answered by the client's retry: MCP multi round-trip requests (MRTR,
/// protocol 2026-07-28). Nothing waits in memory between the two requests: the question's <c>requestState</c> is a
/// signed confirm token, so the retry may reach any replica that shares the confirm key.
/// </summary>
internal interface IConfirmationRoundTrip
{
    /// <summary>The state and the person's answer this retry carries; null on a first call (nothing answered yet).</summary>
    (string State, ConfirmationOutcome Answer)? Answer { get; }

    /// <summary>
    /// The exception that ends this call with a question: the client shows <paramref name="message"/> to the person and
    /// calls again with <paramref name="state"/> and the answer. Throw it.
    /// </summary>
    Exception Ask(string message, string state);
}
