using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Scp.Mcp.Packaging.Tests;

/// <summary>
/// The client configuration the README gives for <c>dnx</c> (the .NET 10 SDK's one-shot tool runner) really starts the
/// server from the locally packed package: the README's own command and arguments are run, with only the feed path
/// pointed at the package this test run packed.
/// </summary>
[Collection(PackedToolGroup.Name)]
public sealed partial class DnxTests(PackedToolFixture tool)
{
    [Fact]
    public async Task ReadmeDnxConfig_RunFromTheLocalFeed_StartsTheServerAndListsItsTools()
    {
        var (command, arguments) = ReadmeDnxServer();
        Assert.Equal("dnx", command);
        var feedIndex = arguments.IndexOf("--add-source") + 1;
        Assert.True(feedIndex > 0 && feedIndex < arguments.Count, "the README's dnx arguments name no --add-source feed: " + string.Join(' ', arguments));
        Assert.Contains($"{PackedToolFixture.PackageId}@{tool.PackageVersion}", arguments);
        Assert.Contains("--yes", arguments); // a client has no terminal to answer dnx's download prompt on
        arguments[feedIndex] = tool.Feed;

        var start = new ProcessStartInfo(DnxExecutable()) { WorkingDirectory = tool.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A private package folder: the package must come from the feed just packed, not from a cache.
        start.Environment["NUGET_PACKAGES"] = Path.Combine(tool.Root, "dnx-packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var probe = await McpStdioProbe.InitializeAndListToolsAsync(start, TimeSpan.FromMinutes(3));

        var expected = await tool.RunToolAsync(["tools", "--json", .. arguments[(arguments.IndexOf("--") + 1)..]]);
        Assert.True(expected.ExitCode == 0, expected.Describe());
        using var list = JsonDocument.Parse(expected.Stdout);
        Assert.Equal("scp-mcp", probe.ServerName);
        Assert.Equal(list.RootElement.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()!), probe.ToolNames);
        Assert.True(Directory.Exists(Path.Combine(tool.Root, "dnx-packages", PackedToolFixture.PackageId.ToLowerInvariant(), tool.PackageVersion)),
            "dnx did not restore the package into the private package folder");
    }

    /// <summary>The <c>command</c> and <c>args</c> of the README's client configuration that runs <c>dnx</c>.</summary>
    private static (string Command, List<string> Arguments) ReadmeDnxServer()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var block = JsonBlock().Matches(readme).Select(m => m.Groups[1].Value)
            .SingleOrDefault(b => b.Contains("\"dnx\"", StringComparison.Ordinal));
        Assert.True(block is not null, "README.md has no ```json client configuration with \"command\": \"dnx\"");
        using var config = JsonDocument.Parse(block);
        var server = config.RootElement.GetProperty("mcpServers").EnumerateObject().Single().Value;
        return (server.GetProperty("command").GetString()!,
                server.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToList());
    }

    /// <summary><c>dnx</c> as a client finds it: on PATH, else beside the real <c>dotnet</c> (where the SDK installs it).</summary>
    private static string DnxExecutable()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var dnx = Path.Combine(directory, OperatingSystem.IsWindows() ? "dnx.cmd" : "dnx");
            if (File.Exists(dnx))
            {
                return dnx;
            }

            var dotnet = Path.Combine(directory, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            if (File.Exists(dotnet))
            {
                var real = File.ResolveLinkTarget(dotnet, returnFinalTarget: true)?.FullName ?? dotnet;
                var besideDotnet = Path.Combine(Path.GetDirectoryName(real)!, OperatingSystem.IsWindows() ? "dnx.cmd" : "dnx");
                if (File.Exists(besideDotnet))
                {
                    return besideDotnet;
                }
            }
        }

        Assert.Fail("dnx was found neither on PATH nor beside dotnet: it ships with the .NET 10 SDK");
        return "";
    }

    [GeneratedRegex(@"```json\s*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
