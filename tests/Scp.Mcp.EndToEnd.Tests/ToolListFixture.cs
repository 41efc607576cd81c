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

    /// <summary>Option sets docs/clients.md recommends, with the tool limit of the client they are for (VS Code 128, Cursor about 40).</summary>
    public static readonly IReadOnlyList<(string Options, int Limit)> Recommended =
    [
        ("--read-only", 128),
        ("--toolsets archive,backup,file,pfile,aimlops,cloudml", 128),
        ("--tool-mode discover", 40),
        ("--toolsets file,pfile", 40),
        ("--toolsets backup", 40),
        ("--toolsets archive", 40),
        ("--read-only --toolsets file,pfile,bmblock", 40),
    ];

    private readonly Dictionary<string, SdkSessionResult> _listings = [];
    private readonly Dictionary<string, int> _counts = [];

    /// <summary>The number of tools listed with <paramref name="options"/> (one of <see cref="Recommended"/>).</summary>
    public int ToolCount(string options) => _counts[options];

    /// <summary>The listing of configuration <paramref name="name"/>.</summary>
    public SdkSessionResult this[string name] => _listings[name];

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        await NodeHarness.EnsureInstalledAsync();
        using var gate = new SemaphoreSlim(3);
        async Task<SdkSessionResult> ListAsync(string[] options)
        {
            await gate.WaitAsync();
            try
            {
                return await SdkSession.RunAsync(SdkSession.Stdio([RepoPaths.ServerDll, .. options]), elicitation: null, listTools: true);
            }
            finally
            {
                gate.Release();
            }
        }

        var listings = Configurations.Select(async c => (c.Key, await ListAsync(c.Value))).ToList();
        var counts = Recommended.Select(async r => (r.Options, (await ListAsync(r.Options.Split(' '))).ToolCount)).ToList();
        foreach (var (name, result) in await Task.WhenAll(listings))
        {
            _listings[name] = result;
        }

        foreach (var (options, count) in await Task.WhenAll(counts))
        {
            _counts[options] = count;
        }
    }

    /// <inheritdoc/>
    public Task DisposeAsync() => Task.CompletedTask;
}
