namespace Scp.Emulator.Faults;

/// <summary>Draws the configured faults for a request.</summary>
internal sealed class FaultInjector(IReadOnlyList<ScpEmulatorFaultRule> rules, int? seed)
{
    private readonly Random _random = seed is { } s ? new Random(s) : new Random();
    private readonly Lock _sync = new();

    public bool IsEmpty => rules.Count == 0;

    public FaultDecision Decide(string product, string operationId)
    {
        var latency = TimeSpan.Zero;
        var outcome = FaultOutcome.None;
        lock (_sync)
        {
            foreach (var rule in rules.Where(r => r.Matches(product, operationId)))
            {
                latency += rule.Latency;
                if (outcome != FaultOutcome.None)
                {
                    continue;
                }

                if (Draw(rule.DropConnectionRate))
                {
                    outcome = FaultOutcome.DropConnection;
                }
                else if (Draw(rule.ServerErrorRate))
                {
                    outcome = FaultOutcome.ServerError;
                }
                else if (Draw(rule.TooManyRequestsRate))
                {
                    outcome = FaultOutcome.TooManyRequests;
                }
            }
        }

        return new FaultDecision(latency, outcome);
    }

    private bool Draw(double rate) => rate > 0 && (rate >= 1 || _random.NextDouble() < rate);
}
