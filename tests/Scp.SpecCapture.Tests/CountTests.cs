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
}
