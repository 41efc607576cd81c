using System.Reflection;
using System.Text.Json;

namespace Scp.Mcp.Deployment.Tests.Harness;

/// <summary>
/// One run of <c>deploy/local/up</c> (emulator, redis-server, three replicas, HAProxy) for a test collection;
/// <c>deploy/local/down</c> at the end, also when a test or <c>up</c> itself failed.
/// </summary>
public abstract class Topology : IAsyncLifetime
{
    private static readonly TimeSpan UpTimeout = TimeSpan.FromMinutes(4);
    private readonly string _confirm;
    private readonly string _state = Path.Combine(Path.GetTempPath(), "scp-mcp-topology-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Creates the fixture for replicas started with <c>--confirm <paramref name="confirm"/></c>.</summary>
    protected Topology(string confirm) => _confirm = confirm;

    /// <summary>The proxy's MCP endpoint.</summary>
    public Uri ProxyUrl { get; private set; } = null!;

    /// <summary>The replicas in start order (<c>r1</c>, <c>r2</c>, <c>r3</c>).</summary>
    public IReadOnlyList<Replica> Replicas { get; private set; } = [];

    /// <summary>The state directory (pid files, logs, haproxy.cfg).</summary>
    public string StateDirectory => _state;

    /// <summary>How long <c>up</c> took.</summary>
    public TimeSpan StartTime { get; private set; }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var configuration = typeof(Topology).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(a => a.Key == "Configuration").Value!;
        var up = await ProcessRunner.RunAsync(
            Path.Combine(RepositoryRoot.Path, "deploy", "local", "up"),
            ["--state-dir", _state, "--confirm", _confirm, "--configuration", configuration],
            RepositoryRoot.Path, UpTimeout);
        if (up.ExitCode != 0)
        {
            await DisposeAsync();
            throw new InvalidOperationException("deploy/local/up failed.\n" + up.Describe());
        }

        var line = up.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        ProxyUrl = new Uri(root.GetProperty("url").GetString()!);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("bearer").ValueKind);
        Replicas = [.. root.GetProperty("replicas").EnumerateArray().Select(r => new Replica(
            r.GetProperty("name").GetString()!, new Uri(r.GetProperty("url").GetString()!), r.GetProperty("pid").GetInt32(), r.GetProperty("log").GetString()!))];
        StartTime = up.Elapsed;
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        await ProcessRunner.RunAsync(
            Path.Combine(RepositoryRoot.Path, "deploy", "local", "down"), ["--state-dir", _state], RepositoryRoot.Path, TimeSpan.FromSeconds(60));
        try
        {
            Directory.Delete(_state, recursive: true);
        }
        catch (IOException)
        {
            // Logs still held open by a dying process: left in the temp folder.
        }
    }

    /// <summary>The replica named <paramref name="name"/>.</summary>
    public Replica Replica(string name) => Replicas.Single(r => r.Name == name);

    /// <summary>The last lines of every replica's log, for assertion messages.</summary>
    public string DescribeLogs() => string.Join("\n", Replicas.Select(r =>
    {
        var text = File.Exists(r.LogPath) ? File.ReadAllText(r.LogPath) : "(no log)";
        return $"--- {r.Name} ---\n" + (text.Length <= 3000 ? text : "..." + text[^3000..]);
    }));
}
