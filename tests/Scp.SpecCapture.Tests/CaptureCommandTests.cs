namespace Scp.SpecCapture.Tests;

public sealed class CaptureCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("scp-capture-cli-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private int Run(params string[] args) => CaptureCommand.Run(args, _root, _output, _error);

    private void Seed(string text)
    {
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));
        File.WriteAllText(Path.Combine(_root, "seeds", "000_sample.txt"), text);
    }

    [Fact]
    public void Run_WriteThenCheck_ExitsZeroAndSaysUpToDate()
    {
        Seed(SampleDocs.Text);

        Assert.Equal(0, Run("--seeds", "seeds", "--out", "specs"));
        Assert.Equal(0, Run("--seeds", "seeds", "--out", "specs", "--check"));

        Assert.True(File.Exists(Path.Combine(_root, "specs", "sample-storage", "1.1.json")));
        Assert.Contains("2 spec files up to date", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckWithChangedDocs_ExitsOneAndListsTheFiles()
    {
        Seed(SampleDocs.Text);
        Run("--seeds", "seeds", "--out", "specs");
        Seed(SampleDocs.With("볼륨을 상세 조회한다.", "볼륨을 조회한다."));

        var exitCode = Run("--seeds", "seeds", "--out", "specs", "--check");

        Assert.Equal(1, exitCode);
        Assert.Contains("differs: sample-storage/1.1.json (differs)", _error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("1.0.json", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MalformedDocs_ExitsOneWithFileAndLineAndWritesNothing()
    {
        Seed(SampleDocs.With("Responses\n| HTTP Code", "Response\n| HTTP Code"));

        var exitCode = Run("--seeds", "seeds", "--out", "specs");

        Assert.Equal(1, exitCode);
        Assert.Contains($"000_sample.txt:{SampleDocs.LineOf("Responses")}: expected 'Responses'", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("nothing was written", _error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "specs")));
    }

    [Fact]
    public void Run_UnknownArgument_ExitsTwoWithUsage()
    {
        Assert.Equal(2, Run("--seed", "x"));
        Assert.Contains("usage:", _error.ToString(), StringComparison.Ordinal);
    }
}
