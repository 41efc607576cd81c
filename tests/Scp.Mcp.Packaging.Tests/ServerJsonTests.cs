using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Scp.Mcp.Packaging.Tests;

/// <summary>The package is an MCP server package whose <c>.mcp/server.json</c> describes what the tool really accepts.</summary>
[Collection(PackedToolGroup.Name)]
public sealed class ServerJsonTests(PackedToolFixture tool)
{
    [Fact]
    public void Nuspec_Package_IsAnMcpServerDotnetTool()
    {
        var nuspecName = tool.PackageEntries().Single(e => e.EndsWith(".nuspec", StringComparison.Ordinal));
        var nuspec = XDocument.Parse(tool.ReadPackageEntry(nuspecName)!);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        var types = metadata.Element(ns + "packageTypes")!.Elements(ns + "packageType").Select(e => (string?)e.Attribute("name")).ToList();

        Assert.Equal(PackedToolFixture.PackageId, (string?)metadata.Element(ns + "id"));
        Assert.Contains("McpServer", types);
        Assert.Contains("DotnetTool", types);
    }

    [Fact]
    public void ServerJson_InPackage_NamesThisPackageAndVersionForStdio()
    {
        using var server = ReadServerJson();
        var nuspecName = tool.PackageEntries().Single(e => e.EndsWith(".nuspec", StringComparison.Ordinal));
        var nuspec = XDocument.Parse(tool.ReadPackageEntry(nuspecName)!);
        var version = nuspec.Descendants().First(e => e.Name.LocalName == "version").Value;
        var package = server.RootElement.GetProperty("packages").EnumerateArray().Single();

        Assert.Equal("nuget", package.GetProperty("registryType").GetString());
        Assert.Equal(PackedToolFixture.PackageId, package.GetProperty("identifier").GetString());
        Assert.Equal(version, package.GetProperty("version").GetString());
        Assert.Equal(version, server.RootElement.GetProperty("version").GetString());
        Assert.Equal("stdio", package.GetProperty("transport").GetProperty("type").GetString());
    }

    [Fact]
    public async Task ServerJson_PackageArguments_AreOptionsOfTheInstalledToolsHelp()
    {
        using var server = ReadServerJson();
        var help = await tool.RunToolAsync("--help");
        Assert.True(help.ExitCode == 0, help.Describe());
        var helpLines = help.Stdout.Split('\n');

        var arguments = server.RootElement.GetProperty("packages")[0].GetProperty("packageArguments").EnumerateArray().ToList();
        Assert.NotEmpty(arguments);
        foreach (var argument in arguments)
        {
            var name = argument.GetProperty("name").GetString()!;
            var line = helpLines.FirstOrDefault(l => l.TrimStart().StartsWith(name + " ", StringComparison.Ordinal));
            Assert.True(line is not null, $"server.json argument {name} is not an option in `scp-mcp --help`:\n{help.Stdout}");
            if (argument.TryGetProperty("choices", out var choices))
            {
                foreach (var choice in choices.EnumerateArray().Select(c => c.GetString()!))
                {
                    Assert.True(line.Contains(choice, StringComparison.Ordinal), $"{name}: choice '{choice}' is not in the help line '{line.Trim()}'");
                }
            }
        }
    }

    [Fact]
    public async Task ServerJson_PackageArguments_DescribeEveryStdioOptionOfTheHelp()
    {
        using var server = ReadServerJson();
        var help = await tool.RunToolAsync("--help");
        Assert.True(help.ExitCode == 0, help.Describe());
        var described = server.RootElement.GetProperty("packages")[0].GetProperty("packageArguments").EnumerateArray()
            .Select(a => a.GetProperty("name").GetString()).ToHashSet(StringComparer.Ordinal);

        var options = help.Stdout.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("--", StringComparison.Ordinal))
            .Select(l => l.Split(' ', 2)[0])
            .ToList();
        Assert.NotEmpty(options);
        var missing = options.Where(o => !NotPackageArguments.Contains(o) && !described.Contains(o)).ToList();
        Assert.True(missing.Count == 0, "options of `scp-mcp --help` missing from .mcp/server.json packageArguments: " + string.Join(", ", missing));
    }

    [Fact]
    public void ServerJson_EnvironmentVariables_AreReadByTheInstalledAssemblies()
    {
        using var server = ReadServerJson();
        var assemblies = Directory.GetFiles(tool.ToolPath, "*.dll", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "scp-mcp.dll" or "Scp.Sdk.dll")
            .Select(File.ReadAllBytes)
            .ToList();
        Assert.Equal(2, assemblies.Count);

        var variables = server.RootElement.GetProperty("packages")[0].GetProperty("environmentVariables").EnumerateArray().ToList();
        Assert.NotEmpty(variables);
        foreach (var variable in variables)
        {
            var name = variable.GetProperty("name").GetString()!;
            var utf16 = Encoding.Unicode.GetBytes(name);
            Assert.True(
                assemblies.Any(bytes => bytes.AsSpan().IndexOf(utf16) >= 0),
                $"server.json environment variable {name} is not a string in scp-mcp.dll or Scp.Sdk.dll: the tool never reads it.");
            var secret = variable.TryGetProperty("isSecret", out var s) && s.GetBoolean();
            Assert.Equal(name.Contains("SECRET", StringComparison.Ordinal) || name.Contains("ACCESS_KEY", StringComparison.Ordinal) || name.EndsWith("_KEY", StringComparison.Ordinal), secret);
        }
    }

    // HTTP-only options (the package describes the stdio server; OAuth and the bearer token guard HTTP only; --redis is
    // for replicas behind a load balancer), a secret better given as SCP_MCP_CONFIRM_KEY, and the built-in --help/--version.
    private static readonly HashSet<string> NotPackageArguments =
        new(StringComparer.Ordinal) { "--transport", "--urls", "--bearer-token", "--auth-authority", "--auth-audience", "--confirm-key", "--redis", "--version" };

    private JsonDocument ReadServerJson()
    {
        var text = tool.ReadPackageEntry(".mcp/server.json");
        Assert.True(text is not null, ".mcp/server.json is not in the package; entries: " + string.Join(", ", tool.PackageEntries()));
        return JsonDocument.Parse(text);
    }
}
