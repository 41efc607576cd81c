using Scp.Mcp.EndToEnd.Tests.Harness;
using Scp.Mcp.EndToEnd.Tests.Hosting;

namespace Scp.Mcp.EndToEnd.Tests;

/// <summary>
/// Runs every conformance scenario once, up to four at a time (each run mostly waits): the protocol scenarios
/// against the built scp-mcp (<c>--transport http</c>, its own process), the fixture scenarios against
/// <see cref="ConformanceTestHost"/>. The tests then assert per scenario.
/// </summary>
public sealed class ConformanceFixture : IAsyncLifetime
{
    /// <summary>Scenarios that must pass against the real server.</summary>
    public static readonly string[] ServerScenarios =
        ["server-initialize", "ping", "tools-list", "logging-set-level", "server-sse-multiple-streams", "dns-rebinding-protection"];

    /// <summary>Scenarios that call the suite's fixture tools (test host).</summary>
    public static readonly string[] FixtureScenarios =
    [
        "tools-call-simple-text", "tools-call-image", "tools-call-audio", "tools-call-embedded-resource", "tools-call-mixed-content",
        "tools-call-with-logging", "tools-call-error", "tools-call-with-progress", "tools-call-sampling", "tools-call-elicitation",
        "elicitation-sep1034-defaults", "elicitation-sep1330-enums", "json-schema-2020-12",
    ];

    private readonly Dictionary<string, ConformanceResult> _results = [];

    /// <summary>The result of <paramref name="scenario"/>.</summary>
    public ConformanceResult this[string scenario] => _results[scenario];

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        await NodeHarness.EnsureInstalledAsync();
        await using var server = await ServerProcess.StartHttpAsync([]);
        await using var host = await ConformanceTestHost.StartAsync();
        using var gate = new SemaphoreSlim(4);
        var runs = ServerScenarios.Select(s => (Url: server.McpUrl, Scenario: s))
            .Concat(FixtureScenarios.Select(s => (Url: host.McpUrl, Scenario: s)))
            .Select(async run =>
            {
                await gate.WaitAsync();
                try
                {
                    return await ConformanceSuite.RunAsync(run.Url, run.Scenario);
                }
                finally
                {
                    gate.Release();
                }
            });
        foreach (var result in await Task.WhenAll(runs))
        {
            _results[result.Scenario] = result;
        }
    }

    /// <inheritdoc/>
    public Task DisposeAsync() => Task.CompletedTask;
}
