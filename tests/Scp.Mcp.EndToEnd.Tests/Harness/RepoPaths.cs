using System.Reflection;

namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>Where the node harness and the built server are (the repository root: <see cref="RepositoryRoot"/>).</summary>
public static class RepoPaths
{
    /// <summary>The node harness folder (package.json, package-lock.json, *.mjs).</summary>
    public static string NodeDir => Path.Combine(RepositoryRoot.Path, "tests", "Scp.Mcp.EndToEnd.Tests", "node");

    /// <summary>The built server, <c>src/Scp.Mcp.Server/bin/&lt;Configuration&gt;/&lt;tfm&gt;/scp-mcp.dll</c> (built through the ProjectReference).</summary>
    public static string ServerDll
    {
        get
        {
            var assembly = typeof(RepoPaths).Assembly;
            var configuration = Metadata(assembly, "Configuration");
            var framework = Metadata(assembly, "TargetFramework");
            var path = Path.Combine(RepositoryRoot.Path, "src", "Scp.Mcp.Server", "bin", configuration, framework, "scp-mcp.dll");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"The built server is missing at {path}. Build it first: dotnet build src/Scp.Mcp.Server/Scp.Mcp.Server.csproj -c {configuration}.", path);
            }

            return path;
        }
    }

    private static string Metadata(Assembly assembly, string key) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing from the test project (see its .csproj).");
}
