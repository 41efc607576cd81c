namespace Scp.Emulator;

/// <summary>
/// A fault injected into matching requests (after authentication and routing, before validation).
/// Rates are probabilities between 0 and 1; every matching rule applies.
/// </summary>
public sealed class ScpEmulatorFaultRule
{
    /// <summary>Product the rule applies to (e.g. <c>filestorage</c>); null for every product.</summary>
    public string? Product { get; init; }

    /// <summary>OperationId the rule applies to (e.g. <c>ListVolumes</c>); null for every operation.</summary>
    public string? OperationId { get; init; }

    /// <summary>Extra latency added before answering.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Probability of answering 503 with an SCP-shaped error body.</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>Probability of answering 429 with <c>Retry-After</c>.</summary>
    public double TooManyRequestsRate { get; init; }

    /// <summary>Probability of aborting the connection without an answer.</summary>
    public double DropConnectionRate { get; init; }

    internal bool Matches(string product, string operationId) =>
        (Product is null || string.Equals(Product, product, StringComparison.OrdinalIgnoreCase)) &&
        (OperationId is null || string.Equals(OperationId, operationId, StringComparison.OrdinalIgnoreCase));
}
