using System.IO.Compression;

namespace Scp.Mcp.Packaging.Tests;

/// <summary>
/// Once per test run: <c>dotnet pack src/Scp.Mcp.Server -o &lt;tmp&gt;/feed</c>, then
/// <c>dotnet tool install --tool-path &lt;tmp&gt;/tools --add-source &lt;tmp&gt;/feed Scp.Mcp</c> with a private NuGet
/// package folder (so a stale cached Scp.Mcp 0.1.0 can never be installed instead of the one just packed).
/// </summary>
public sealed class PackedToolFixture : IAsyncLifetime
{
    public const string PackageId = "Scp.Mcp";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(4);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "scp-mcp-packaging-" + Guid.NewGuid().ToString("N")[..8]);


    public string Feed => Path.Combine(Root, "feed");

    public string ToolPath => Path.Combine(Root, "tools");

    public string Executable => Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "scp-mcp.exe" : "scp-mcp");

    public string PackagePath { get; private set; } = "";

    /// <summary>The version of the package just packed (from its file name).</summary>
    public string PackageVersion => Path.GetFileNameWithoutExtension(PackagePath)[(PackageId.Length + 1)..];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        var project = Path.Combine(RepositoryRoot.Path, "src", "Scp.Mcp.Server", "Scp.Mcp.Server.csproj");
        // Same configuration as this test build, and --no-build: the server this test project's build produced is packed as
        // it is, so packing never rewrites the build output that other test projects run at the same time.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var pack = await ProcessRunner.RunAsync("dotnet", ["pack", project, "-c", configuration, "--no-build", "-o", Feed, "-nologo"], RepositoryRoot.Path, PackTimeout);
        Assert.True(pack.ExitCode == 0, "dotnet pack failed: " + pack.Describe());

        var packages = Directory.GetFiles(Feed, PackageId + ".*.nupkg");
        Assert.True(packages.Length == 1, $"expected one {PackageId} package in {Feed}, found: {string.Join(", ", packages)}");
        PackagePath = packages[0];

        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "nuget-packages") };
        var install = await ProcessRunner.RunAsync(
            "dotnet",
            ["tool", "install", "--tool-path", ToolPath, "--add-source", Feed, "--ignore-failed-sources", PackageId],
            Root,
            PackTimeout,
            environment);
        Assert.True(install.ExitCode == 0, "dotnet tool install failed: " + install.Describe());
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

    /// <summary>Reads one entry of the packed .nupkg as text, or null when it is absent.</summary>
    public string? ReadPackageEntry(string entryPath)
    {
        using var zip = ZipFile.OpenRead(PackagePath);
        var entry = zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, entryPath, StringComparison.Ordinal));
        if (entry is null)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Names of every entry of the packed .nupkg.</summary>
    public IReadOnlyList<string> PackageEntries()
    {
        using var zip = ZipFile.OpenRead(PackagePath);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    public Task<ProcessResult> RunToolAsync(params string[] arguments) =>
        ProcessRunner.RunAsync(Executable, arguments, Root, TimeSpan.FromMinutes(1));
}
