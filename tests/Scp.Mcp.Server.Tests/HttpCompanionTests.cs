using Scp.Mcp.Server.Hosting;

namespace Scp.Mcp.Server.Tests;

/// <summary>
/// The stdio-only build's hand-over to the full build beside it (docs/packaging.md, "Which build is which"). The
/// successful hand-over replaces the process, so it is tested on the real AOT binary (Packaging tests,
/// <c>McpbBundleTests</c>); here: finding the companion, and a hand-over that cannot start says why.
/// </summary>
public sealed class HttpCompanionTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("scp-mcp-companion-").FullName;

    [Fact]
    public void Find_NoFullBuildBeside_IsNull()
    {
        Assert.Null(HttpCompanion.Find(directory));
    }

    [Fact]
    public void Find_FullBuildBeside_IsItsPath()
    {
        var path = Path.Combine(directory, OperatingSystem.IsWindows() ? "scp-mcp-http.exe" : "scp-mcp-http");
        File.WriteAllBytes(path, []);

        Assert.Equal(path, HttpCompanion.Find(directory));
    }

    // A companion without any execute bit: execv fails (EACCES, even for root) and returns, so this test process stays.
    [Fact]
    public async Task RunAsync_CompanionNotExecutable_ExitsTwoNamingThePathAndTheError()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows starts a child process instead; nothing to refuse there
        }

        var path = Path.Combine(directory, "scp-mcp-http");
        await File.WriteAllTextAsync(path, "not an executable");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        using var error = new StringWriter();

        var exitCode = await HttpCompanion.RunAsync(path, ["--transport", "http"], error, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains(path, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Permission denied", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
