namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// One condition <c>/readyz</c> waits for. Register more with
/// <c>services.AddSingleton&lt;IReadinessCheck, MyCheck&gt;()</c> (e.g. a shared store being reachable); every
/// registered check must pass. A check's name and message are public: never put a secret or an address with
/// credentials in them.
/// </summary>
internal interface IReadinessCheck
{
    /// <summary>Short name shown in the <c>/readyz</c> answer, e.g. <c>catalogue</c>.</summary>
    string Name { get; }

    /// <summary>Null when ready; otherwise a short reason.</summary>
    Task<string?> CheckAsync(CancellationToken cancellationToken);
}
