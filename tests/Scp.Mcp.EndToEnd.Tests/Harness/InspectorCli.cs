using System.Text.Json;

namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>
/// The MCP Inspector's CLI mode (<c>@modelcontextprotocol/inspector-cli</c>, what <c>mcp-inspector --cli</c> runs),
/// starting scp-mcp over stdio. Its entry point looks for its package.json relative to the working directory, so it
/// runs from its own build folder.
/// </summary>
public static class InspectorCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs <c>inspector-cli dotnet scp-mcp.dll --emulator &lt;inspectorArgs&gt;</c> and parses the JSON it prints.</summary>
    public static async Task<JsonElement> RunAsync(params string[] inspectorArgs)
    {
        await NodeHarness.EnsureInstalledAsync();
        var buildDir = Path.Combine(RepoPaths.NodeDir, "node_modules", "@modelcontextprotocol", "inspector-cli", "build");
        string[] args = [Path.Combine(buildDir, "index.js"), ScpMcp.Host, .. ScpMcp.EmulatorArgs(), .. inspectorArgs];
        var result = await ProcessRunner.RunAsync(NodeHarness.NodeExe, args, buildDir, Timeout, ScpMcp.Environment);
        Assert.True(result.ExitCode == 0 && !result.TimedOut, "The Inspector CLI failed.\n" + result.Describe());
        try
        {
            using var document = JsonDocument.Parse(result.Stdout);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException("The Inspector CLI printed no JSON document: " + ex.Message + "\n" + result.Describe(), ex);
        }
    }
}
