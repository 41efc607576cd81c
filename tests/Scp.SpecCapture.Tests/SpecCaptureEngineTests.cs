using Scp.SpecCapture.Parsing;

namespace Scp.SpecCapture.Tests;

public sealed class SpecCaptureEngineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("scp-capture-engine-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Seeds(params (string Name, string Text)[] files)
    {
        var seeds = Path.Combine(_root, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(seeds, name), text);
        }

        return seeds;
    }

    [Fact]
    public void Capture_OneMalformedFile_ThrowsNamingItAndWritesNothing()
    {
        var broken = SampleDocs.With("Parameters\n| Type", "Parameter\n| Type");
        var seeds = Seeds(("000_ok.txt", SampleDocs.Text.Replace("sample-storage", "other-storage", StringComparison.Ordinal)), ("001_bad.txt", broken));
        var output = Path.Combine(_root, "specs");

        var error = Assert.Throws<DocsFormatException>(() => SpecCaptureEngine.Write(SpecCaptureEngine.Capture(seeds), output));

        Assert.Equal("001_bad.txt", error.File);
        Assert.Contains("expected 'Parameters'", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Capture_SameProductInTwoFiles_IsRejected()
    {
        var seeds = Seeds(("000_a.txt", SampleDocs.Text), ("001_b.txt", SampleDocs.Text));

        var error = Assert.Throws<DocsFormatException>(() => SpecCaptureEngine.Capture(seeds));

        Assert.Contains("already described in 000_a.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ValidSeeds_WritesOneFilePerVersionAndNoTempLeftovers()
    {
        var output = Path.Combine(_root, "specs");
        var result = SpecCaptureEngine.Capture(Seeds(("000_ok.txt", SampleDocs.Text)));

        SpecCaptureEngine.Write(result, output);

        Assert.Equal(["sample-storage/1.0.json", "sample-storage/1.1.json"], result.Files.Keys);
        Assert.Equal(["1.0.json", "1.1.json"], Directory.GetFiles(Path.Combine(output, "sample-storage")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([Path.Combine(output, "sample-storage")], Directory.GetDirectories(output));
        Assert.Empty(SpecCaptureEngine.Compare(result, output));
    }

    [Fact]
    public void Capture_MissingSeedsDirectory_SaysWhere()
    {
        var missing = Path.Combine(_root, "nope");

        var error = Assert.Throws<DirectoryNotFoundException>(() => SpecCaptureEngine.Capture(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
