using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Scp.Mcp.Packaging.Tests;

/// <summary>
/// The MCP Bundle built by <c>deploy/mcpb/pack.sh</c>: a manifest the official MCPB CLI accepts, a zip a host can unpack,
/// and a Native AOT binary that, started the way a host starts it, answers <c>initialize</c> and lists the manifest's tools.
/// </summary>
[Collection(McpbBundleGroup.Name)]
public sealed partial class McpbBundleTests(McpbBundleFixture bundle)
{
    private static readonly string[] SecretKeys = ["access_key", "secret_key"];

    [Fact]
    public async Task Manifest_Unpacked_IsAcceptedByMcpbValidate()
    {
        var validate = await ProcessRunner.RunAsync(McpbBundleFixture.McpbCli, ["validate", Path.Combine(bundle.Unpacked, "manifest.json")], bundle.Root, TimeSpan.FromMinutes(1));

        Assert.True(validate.ExitCode == 0, validate.Describe());
    }

    // mcpb validate means something only if it rejects what the MCPB manifest rules reject.
    [Fact]
    public async Task McpbValidate_ManifestWithoutEntryPoint_IsRejected()
    {
        var manifest = ReadManifest();
        manifest["server"]!.AsObject().Remove("entry_point");
        var broken = Path.Combine(bundle.Root, "broken-manifest.json");
        await File.WriteAllTextAsync(broken, manifest.ToJsonString());

        var validate = await ProcessRunner.RunAsync(McpbBundleFixture.McpbCli, ["validate", broken], bundle.Root, TimeSpan.FromMinutes(1));

        Assert.NotEqual(0, validate.ExitCode);
        Assert.Contains("entry_point", validate.Stdout + validate.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_DescribesTheBundledBinaryItsPlatformAndSecretKeys()
    {
        var manifest = ReadManifest();
        var server = manifest["server"]!;
        var entryPoint = server["entry_point"]!.GetValue<string>();
        var binary = Path.Combine(bundle.Unpacked, entryPoint);

        Assert.Equal("binary", server["type"]!.GetValue<string>());
        Assert.True(File.Exists(binary), $"entry_point {entryPoint} is not in the bundle");
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(binary).HasFlag(UnixFileMode.UserExecute), $"{entryPoint} lost its executable bit in the bundle");
        Assert.Equal("${__dirname}/" + entryPoint, server["mcp_config"]!["command"]!.GetValue<string>());
        Assert.Equal(["linux"], manifest["compatibility"]!["platforms"]!.AsArray().Select(p => p!.GetValue<string>()));
        var version = await ProcessRunner.RunAsync(binary, ["--version"], bundle.Root, TimeSpan.FromMinutes(1));
        Assert.True(version.ExitCode == 0, version.Describe());
        Assert.Equal(Regex.Replace(version.Stdout.Trim(), @"\+.*$", ""), manifest["version"]!.GetValue<string>());

        var userConfig = manifest["user_config"]!.AsObject();
        foreach (var key in SecretKeys)
        {
            Assert.True(userConfig[key]?["sensitive"]?.GetValue<bool>() == true, $"user_config.{key} must be marked sensitive");
        }

        foreach (var (name, value) in server["mcp_config"]!["env"]!.AsObject())
        {
            foreach (Match reference in Regex.Matches(value!.GetValue<string>(), @"\$\{user_config\.([^}]+)\}"))
            {
                var key = reference.Groups[1].Value;
                Assert.True(userConfig.ContainsKey(key), $"mcp_config.env.{name} refers to user_config.{key}, which the manifest does not define");
                Assert.True(userConfig[key]!["required"]?.GetValue<bool>() == true || userConfig[key]!["default"] is not null,
                    $"optional user_config.{key} needs a default, or a host passes the literal '${{user_config.{key}}}' in {name}");
            }
        }
    }

    [Fact]
    public async Task Binary_StartedAsAHostStartsIt_AnswersInitializeAndListsTheManifestTools()
    {
        // The command, args and env exactly as an MCPB host resolves them (the MCPB library's getMcpConfigForManifest),
        // for a user who filled in nothing: no credentials, so the server must run against its embedded emulator.
        var resolved = await ProcessRunner.RunAsync(
            "node", [Path.Combine(McpbBundleFixture.DeployDirectory, "host-config.mjs"), bundle.Unpacked], McpbBundleFixture.DeployDirectory, TimeSpan.FromMinutes(1));
        Assert.True(resolved.ExitCode == 0, resolved.Describe());
        using var config = JsonDocument.Parse(resolved.Stdout);
        var start = new ProcessStartInfo(config.RootElement.GetProperty("command").GetString()!) { WorkingDirectory = bundle.Root };
        foreach (var argument in config.RootElement.GetProperty("args").EnumerateArray())
        {
            start.ArgumentList.Add(argument.GetString()!);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("SCP_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["HOME"] = bundle.Root; // no ~/.scpconf credentials either
        foreach (var variable in config.RootElement.GetProperty("env").EnumerateObject())
        {
            start.Environment[variable.Name] = variable.Value.GetString();
        }

        var probe = await McpStdioProbe.InitializeAndListToolsAsync(start, TimeSpan.FromMinutes(1));

        Assert.Equal("scp-mcp", probe.ServerName);
        Assert.Contains("emulator", probe.Stderr, StringComparison.Ordinal);
        var manifestTools = ReadManifest()["tools"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(manifestTools);
        Assert.Equal(manifestTools, probe.ToolNames);
    }

    // Hosts speak stdio only, so the bundle ships the stdio-only build (-p:ScpHttpTransport=false): no HTTP server inside.
    [Fact]
    public async Task Binary_IsTheStdioBuild_RefusesHttpNamingTheFullBuildAndHelpListsNoHttpOption()
    {
        var binary = Path.Combine(bundle.Unpacked, ReadManifest()["server"]!["entry_point"]!.GetValue<string>());

        var http = await ProcessRunner.RunAsync(binary, ["--transport", "http"], bundle.Root, TimeSpan.FromMinutes(1));
        var help = await ProcessRunner.RunAsync(binary, ["--help"], bundle.Root, TimeSpan.FromMinutes(1));

        Assert.Equal(2, http.ExitCode);
        Assert.Contains("--transport http is not in this binary", http.Stderr, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install -g Scp.Mcp", http.Stderr, StringComparison.Ordinal);
        Assert.True(help.ExitCode == 0, help.Describe());
        Assert.Contains("--emulator", help.Stdout, StringComparison.Ordinal);
        foreach (var option in new[] { "--urls", "--bearer-token", "--auth-authority", "--auth-audience", "--redis" })
        {
            Assert.DoesNotContain(option, help.Stdout, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("HTTP transport only", help.Stdout, StringComparison.Ordinal); // --audit-log's "-" (stdout) needs HTTP
    }

    // The RID tool packages (bench/pack-aot.sh) put the full build beside the stdio-only one as scp-mcp-http: asked for
    // the HTTP transport, the stdio-only binary becomes that process (execv: same process id) instead of refusing.
    // The companion here is the full build of this test run (framework-dependent, reached through a symlink).
    [Fact]
    public async Task Binary_WithTheFullBuildBesideIt_HandsHttpToItInTheSameProcess()
    {
        var directory = Path.Combine(bundle.Root, "with-companion");
        Directory.CreateDirectory(directory);
        var binary = Path.Combine(directory, "scp-mcp");
        File.Copy(Path.Combine(bundle.Unpacked, ReadManifest()["server"]!["entry_point"]!.GetValue<string>()), binary);
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var fullBuild = Path.Combine(RepositoryRoot.Path, "src", "Scp.Mcp.Server", "bin", configuration, "net10.0", "scp-mcp");
        Assert.True(File.Exists(fullBuild), $"the full build of this test run is missing: {fullBuild}");
        File.CreateSymbolicLink(Path.Combine(directory, "scp-mcp-http"), fullBuild);
        var port = FreePort();

        var start = new ProcessStartInfo(binary) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = directory };
        foreach (var argument in new[] { "--transport", "http", "--urls", $"http://127.0.0.1:{port}", "--emulator" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = directory; // no ~/.scpconf credentials
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var alive = false;
            for (var deadline = DateTime.UtcNow.AddMinutes(1); !alive && !process.HasExited && DateTime.UtcNow < deadline;)
            {
                try
                {
                    alive = (await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"))).IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(200);
                }
            }

            Assert.True(alive, $"nothing answered /healthz on port {port}; exited: {process.HasExited}");
            if (OperatingSystem.IsLinux())
            {
                // The process started as the stdio-only binary now runs the full build's executable.
                Assert.Equal(Path.GetFullPath(fullBuild), new FileInfo($"/proc/{process.Id}/exe").LinkTarget);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.DoesNotContain("is not in this binary", await stderr, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private JsonNode ReadManifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(bundle.Unpacked, "manifest.json")))!;
}
