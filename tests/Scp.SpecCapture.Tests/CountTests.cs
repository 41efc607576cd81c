namespace Scp.SpecCapture.Tests;

public sealed class CountTests
{
    [Fact]
    public void Capture_FromSeeds_HoldsEveryDocumentedItem()
    {
        var specs = SpecCounts.Measure(CapturedSpecs.FromSeeds.Files);

        Assert.Equal(296, specs.OperationVersions);
        Assert.Equal(148, specs.Operations);
        Assert.Equal(511, specs.Parameters);
        Assert.Equal(117, specs.RequestBodies);
        Assert.Equal(239, specs.Models);
        Assert.Equal(1093, specs.Fields);
    }

    [Fact]
    public void Capture_FromSeeds_MatchesALineScanOfTheDocs()
    {
        var docs = SeedCounts.Measure(TestPaths.SeedsDirectory);
        var specs = SpecCounts.Measure(CapturedSpecs.FromSeeds.Files);

        Assert.Equal(docs.OperationVersions, specs.OperationVersions);
        Assert.Equal(docs.Parameters, specs.Parameters);
        Assert.Equal(docs.Bodies, specs.RequestBodies);
        Assert.Equal(docs.Responses, specs.Responses);
        Assert.Equal(docs.ResponsesWithSchema, specs.ResponsesWithSchema);
        Assert.Equal(docs.Models, specs.Models);
        Assert.Equal(docs.Fields, specs.Fields);
        Assert.Equal(docs.ParameterKeys, specs.ParameterKeys);
    }

    [Fact]
    public void Capture_FromSeeds_EveryOperationHasExactlyOneCurrentVersion()
    {
        var versionsByOperation = new Dictionary<string, List<bool>>(StringComparer.Ordinal);
        foreach (var (path, bytes) in CapturedSpecs.FromSeeds.Files)
        {
            using var document = System.Text.Json.JsonDocument.Parse(bytes);
            foreach (var operation in document.RootElement.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()))
            {
                var key = path.Split('/')[0] + " " + operation.Value.GetProperty("operationId").GetString();
                var deprecated = operation.Value.TryGetProperty("deprecated", out var flag) && flag.GetBoolean();
                versionsByOperation.TryAdd(key, []);
                versionsByOperation[key].Add(deprecated);
            }
        }

        Assert.Equal(148, versionsByOperation.Count);
        Assert.All(versionsByOperation, pair => Assert.Equal(1, pair.Value.Count(deprecated => !deprecated)));
    }
}
