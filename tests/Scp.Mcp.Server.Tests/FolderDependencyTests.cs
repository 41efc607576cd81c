using System.Text.RegularExpressions;
using Scp.Mcp.Tests.Common;

namespace Scp.Mcp.Server.Tests;

/// <summary>
/// The server's folders depend one way (docs/server.md, "Layout"): the options at the project root, then Safety,
/// Tools, Modes, Hosting, Cli. A file may use its own folder's namespace and earlier ones, never a later one, so
/// there are no cycles. Program.cs, the entry point, may use anything.
/// </summary>
public sealed partial class FolderDependencyTests
{
    /// <summary>The allowed order; the root (empty name) holds the options.</summary>
    private static readonly string[] Order = ["", "Safety", "Tools", "Modes", "Hosting", "Cli"];

    [Fact]
    public void ServerSources_UseOnlyTheirOwnAndEarlierFolders()
    {
        var project = Path.Combine(RepositoryRoot.Path, "src", "Scp.Mcp.Server");
        var files = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(project, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Select(f => (Path: f, Text: File.ReadAllText(Path.Combine(project, f))))
            .ToList();

        Assert.Contains(files, f => f.Path == "Safety/ConfirmationGate.cs");
        Assert.Empty(Violations(files));
    }

    [Fact]
    public void Violations_LaterFolderByUsingOrFullName_AreReportedAndEarlierOnesAllowed()
    {
        var violations = Violations(
        [
            ("Safety/Gate.cs", "using Scp.Mcp.Server.Tools;\nnamespace Scp.Mcp.Server.Safety;\n"),
            ("Hosting/Host.cs", "namespace Scp.Mcp.Server.Hosting;\nclass H { object o = new global::Scp.Mcp.Server.Cli.Command(); }\n"),
            ("ScpServerOptions.cs", "namespace Scp.Mcp.Server;\n/// <see cref=\"Scp.Mcp.Server.Modes.ToolFilter\"/>\n"),
            ("Cli/Commands.cs", "using Scp.Mcp.Server.Hosting;\nusing Scp.Mcp.Server.Safety;\nnamespace Scp.Mcp.Server.Cli;\n"),
            ("Tools/Executor.cs", "namespace Scp.Mcp.Server.Modes;\n"),
            ("Extras/Thing.cs", "namespace Scp.Mcp.Server.Extras;\n"),
            ("Program.cs", "using Scp.Mcp.Server.Cli;\n"),
        ]);

        Assert.Equal(
        [
            "Safety/Gate.cs uses Scp.Mcp.Server.Tools, a later folder",
            "Hosting/Host.cs uses Scp.Mcp.Server.Cli, a later folder",
            "ScpServerOptions.cs uses Scp.Mcp.Server.Modes, a later folder",
            "Tools/Executor.cs declares namespace Scp.Mcp.Server.Modes; its folder needs Scp.Mcp.Server.Tools",
            "Extras/Thing.cs is in folder Extras, which has no place in the order (root, Safety, Tools, Modes, Hosting, Cli)",
        ], violations);
    }

    private static List<string> Violations(IEnumerable<(string Path, string Text)> files)
    {
        var violations = new List<string>();
        foreach (var (path, text) in files)
        {
            if (path == "Program.cs")
            {
                continue;
            }

            var folder = path.Contains('/', StringComparison.Ordinal) ? path[..path.IndexOf('/', StringComparison.Ordinal)] : string.Empty;
            var rank = Array.IndexOf(Order, folder);
            if (rank < 0)
            {
                violations.Add($"{path} is in folder {folder}, which has no place in the order (root, {string.Join(", ", Order.Skip(1))})");
                continue;
            }

            var expected = folder.Length == 0 ? "Scp.Mcp.Server" : "Scp.Mcp.Server." + folder;
            if (NamespacePattern().Match(text) is { Success: true } declared && declared.Groups[1].Value != expected)
            {
                violations.Add($"{path} declares namespace {declared.Groups[1].Value}; its folder needs {expected}");
                continue;
            }

            foreach (var used in ReferencePattern().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
            {
                if (Array.IndexOf(Order, used) > rank)
                {
                    violations.Add($"{path} uses Scp.Mcp.Server.{used}, a later folder");
                }
            }
        }

        return violations;
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex NamespacePattern();

    [GeneratedRegex(@"\bScp\.Mcp\.Server\.(\w+)")]
    private static partial Regex ReferencePattern();
}
