using Scp.Emulator.Host;
using Scp.Mcp.Tests.Common;

namespace Scp.Emulator.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Parse_UrlsStoreAndDelay_SetsOptions()
    {
        var options = EmulatorCommandLine.Parse(["--urls", "http://127.0.0.1:9100;http://[::1]:9100", "--store", "s.json", "--async-delay-ms", "250"], TextWriter.Null);
        Assert.NotNull(options);
        Assert.Equal("http://127.0.0.1:9100", options.Url);
        Assert.Equal("s.json", options.StoreFilePath);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.AsyncDelay);
    }

    [Fact]
    public void Parse_NoArguments_UsesDefaultPort9000()
    {
        Assert.Equal(ScpEmulatorDefaults.Url, EmulatorCommandLine.Parse([], TextWriter.Null)!.Url);
    }

    [Fact]
    public void Parse_UnknownOption_ReturnsNullAndPrintsUsage()
    {
        using var error = new StringWriter();
        Assert.Null(EmulatorCommandLine.Parse(["--frobnicate", "1"], error));
        Assert.Contains("Unknown option --frobnicate", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadDelay_NamesTheOption()
    {
        using var error = new StringWriter();
        Assert.Null(EmulatorCommandLine.Parse(["--async-delay-ms", "soon"], error));
        Assert.Contains("--async-delay-ms", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostProgram_Help_PrintsUsageAndExits2()
    {
        var program = Path.Combine(AppContext.BaseDirectory, "Scp.Emulator.Host.dll");
        var result = await ProcessRunner.RunAsync("dotnet", [program, "--help"], AppContext.BaseDirectory, TimeSpan.FromSeconds(60));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage: Scp.Emulator.Host [--urls", result.Stderr, StringComparison.Ordinal);
    }
}
