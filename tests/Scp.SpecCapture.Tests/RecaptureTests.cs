namespace Scp.SpecCapture.Tests;

public sealed class RecaptureTests
{
    private static readonly string[] ExpectedFiles =
    [
        "aimlops-platform/1.0.json",
        "archivestorage/1.0.json",
        "archivestorage/1.1.json",
        "backup/1.0.json",
        "backup/1.1.json",
        "baremetal-blockstorage/1.0.json",
        "baremetal-blockstorage/1.1.json",
        "baremetal-blockstorage/1.2.json",
        "cloud-ml/1.0.json",
        "filestorage/1.0.json",
        "filestorage/1.1.json",
        "parallel-filestorage/1.0.json",
    ];

    [Fact]
    public void Recapture_FromSeeds_ReproducesSpecsByteForByte()
    {
        var result = CapturedSpecs.FromSeeds;

        var differences = SpecCaptureEngine.Compare(result, TestPaths.SpecsDirectory);

        Assert.True(differences.Count == 0,
            "specs/ differs from a fresh capture of the seeds; run `dotnet run --project generators/Scp.SpecCapture`:\n" + string.Join('\n', differences));
    }

    [Fact]
    public void Capture_FromSeeds_ProducesTheTwelveProductVersions()
    {
        Assert.Equal(ExpectedFiles, CapturedSpecs.FromSeeds.Files.Keys.ToArray());
    }

    [Fact]
    public void Capture_Twice_GivesIdenticalBytes()
    {
        var again = SpecCaptureEngine.Capture(TestPaths.SeedsDirectory);

        foreach (var (path, bytes) in CapturedSpecs.FromSeeds.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(again.Files[path]), $"{path} differs between two captures");
        }
    }

    [Fact]
    public void Compare_ChangedFile_ReportsItByName()
    {
        var result = CapturedSpecs.FromSeeds;
        var directory = Directory.CreateTempSubdirectory("scp-capture-").FullName;
        try
        {
            SpecCaptureEngine.Write(result, directory);
            File.AppendAllText(Path.Combine(directory, "backup", "1.1.json"), " ");
            File.WriteAllText(Path.Combine(directory, "backup", "0.9.json"), "{}");
            File.WriteAllText(Path.Combine(directory, "backup", "tools.json"), "{}");

            var differences = SpecCaptureEngine.Compare(result, directory);

            Assert.Equal(["backup/1.1.json (differs)", "backup/0.9.json (not produced by the docs)"], differences);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
