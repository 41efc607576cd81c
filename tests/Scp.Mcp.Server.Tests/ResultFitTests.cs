using System.Text.Json;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Mcp.Server.Tools;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Tests;

/// <summary>
/// The server keeps the promise of its output schemas (issue 13): an answer that still doesn't fit the published
/// schema reaches the client valid, with SCP's answer whole in the text and only the failing paths named.
/// </summary>
public sealed class ResultFitTests
{
    private static readonly JsonElement Output = ScpSchemaComposer.GetOutputSchema(FixtureCatalog.Get("file_list_volumes"));

    [Fact]
    public void FitToSchema_DriftTheSchemaAllows_ReturnsTheAnswerUnchanged()
    {
        var answer = JsonElement.Parse("""{"volumes":[{"id":"v1","state":"UNDOCUMENTED","created_at":"2024-07-30T04:54:33.219373","new":1}],"count":null}""");

        var (fitted, leftOut) = ResultBuilder.FitToSchema(answer, Output);

        Assert.Empty(leftOut);
        Assert.True(JsonElement.DeepEquals(answer, fitted));
    }

    [Fact]
    public void FitToSchema_ValuesOfTheWrongType_LeavesOutOnlyThosePaths()
    {
        var answer = JsonElement.Parse("""{"volumes":[{"id":"v1","name":7},{"id":"v2","name":"ok","replica_tree":"x"}],"count":"12"}""");

        var (fitted, leftOut) = ResultBuilder.FitToSchema(answer, Output);

        Assert.Equal(["volumes[1].replica_tree", "volumes[0].name", "count"], leftOut);
        Assert.Empty(ScpArgumentValidator.Validate(fitted, Output));
        Assert.Equal("""{"volumes":[{"id":"v1"},{"id":"v2","name":"ok"}]}""", fitted.GetRawText());
    }

    [Fact]
    public void Success_AnswerLeftOutOfStructuredContent_TextCarriesTheRawAnswer()
    {
        var answer = JsonElement.Parse("""{"count":"12","volumes":[]}""");
        var (fitted, _) = ResultBuilder.FitToSchema(answer, Output);

        var result = ResultBuilder.Success(fitted, raw: answer);

        Assert.Equal("""{"volumes":[]}""", result.StructuredContent!.Value.GetRawText());
        Assert.Equal(answer.GetRawText(), result.Text());
    }
}
