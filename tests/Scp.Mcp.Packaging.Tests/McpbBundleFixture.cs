using System.Diagnostics;
using System.IO.Compression;

namespace Scp.Mcp.Packaging.Tests;

/// <summary>
/// Once per test run: <c>deploy/mcpb/pack.sh &lt;tmp&gt;/out</c> (Native AOT publish, <c>npm ci</c> of the pinned MCPB CLI,
/// manifest, <c>mcpb validate</c>, <c>mcpb pack</c>), then the <c>.mcpb</c> unzipped as a host unpacks it.
/// </summary>
public sealed class McpbBundleFixture : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(30);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "scp-mcp-mcpb-" + Guid.NewGuid().ToString("N")[..8]);

    public static string DeployDirectory => Path.Combine(RepositoryRoot.Path, "deploy", "mcpb");

    /// <summary>The MCPB CLI that <c>pack.sh</c> installed with <c>npm ci</c>.</summary>
    public static string McpbCli => Path.Combine(DeployDirectory, "node_modules", ".bin", "mcpb");

    public string BundlePath { get; private set; } = "";

    public string Unpacked => Path.Combine(Root, "unpacked");

    /// <summary>How long <c>pack.sh</c> took (reported in docs/packaging.md).</summary>
    public TimeSpan PackTime { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        var watch = Stopwatch.StartNew();
        var pack = await ProcessRunner.RunAsync("bash", [Path.Combine(DeployDirectory, "pack.sh"), Path.Combine(Root, "out")], RepositoryRoot.Path, PackTimeout);
        PackTime = watch.Elapsed;
        Assert.True(pack.ExitCode == 0, "deploy/mcpb/pack.sh failed: " + pack.Describe());
        BundlePath = pack.Stdout.Trim().Split('\n')[^1].Trim();
        Assert.True(File.Exists(BundlePath), $"pack.sh did not print the path of an existing .mcpb on its last line: '{BundlePath}'");
        ZipFile.ExtractToDirectory(BundlePath, Unpacked);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return Task.CompletedTask;
    }
}
