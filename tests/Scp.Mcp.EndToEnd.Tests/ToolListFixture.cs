using Scp.Mcp.EndToEnd.Tests.Harness;

namespace Scp.Mcp.EndToEnd.Tests;

/// <summary>The whole <c>tools/list</c> as the TypeScript client sees it, per server configuration, fetched once.</summary>
public sealed class ToolListFixture : IAsyncLifetime
{
    /// <summary>Configurations whose listing the compatibility tests check, by name.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Configurations = new Dictionary<string, string[]>
    {
        ["default"] = [],
        ["flat"] = ["--schema-dialect", "flat"],
        ["discover"] = ["--tool-mode", "discover"],
        ["discover-flat"] = ["--tool-mode", "discover", "--schema-dialect", "flat"],
    };

    private readonly Dictionary<string, SdkSessionResult> _listings = [];

    /// <summary>The listing of configuration <paramref name="name"/>.</summary>
    public SdkSessionResult this[string name] => _listings[name];

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        await NodeHarness.EnsureInstalledAsync();
        var sessions = Configurations.Select(async c =>
            (c.Key, await SdkSession.RunAsync(SdkSession.Stdio([RepoPaths.ServerDll, .. c.Value]), elicitation: null, listTools: true)));
        foreach (var (name, result) in await Task.WhenAll(sessions))
        {
            _listings[name] = result;
        }
    }

    /// <inheritdoc/>
    public Task DisposeAsync() => Task.CompletedTask;
}
