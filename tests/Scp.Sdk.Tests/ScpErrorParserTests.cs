using System.Text;
using Scp.Sdk.Errors;

namespace Scp.Sdk.Tests;

public class ScpErrorParserTests
{
    private static ScpError Parse(int status, string body) => ScpErrorParser.Parse(status, null, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Parse_ErrorsArrayWithStringDetail_ReadsEveryField()
    {
        var error = Parse(400, """{"errors":[{"code":"INVALID_PARAMETER","title":"Bad name","status":400,"detail":"name is too long","request_id":"req-1","global_request_id":"g-1","links":[]}]}""");

        Assert.Equal(("errors", "INVALID_PARAMETER", "Bad name", "req-1", "g-1"), (error.Shape, error.Code, error.Title, error.RequestId, error.GlobalRequestId));
        Assert.Equal(["name is too long"], error.Details);
    }

    [Fact]
    public void Parse_ErrorsArrayWithListDetail_KeepsEveryLine()
    {
        var error = Parse(400, """{"errors":[{"code":"E","title":"T","detail":["size must be >= 1","name must not be blank",{"field":"x"}]}]}""");

        Assert.Equal(["size must be >= 1", "name must not be blank", """{"field":"x"}"""], error.Details);
    }

    [Fact]
    public void Parse_GatewayShape_NameBecomesCodeMessageBecomesDetail()
    {
        var error = Parse(401, """{"status":401,"name":"UnauthorizedException","message":"Signature mismatch"}""");

        Assert.Equal(("gateway", "UnauthorizedException"), (error.Shape, error.Code));
        Assert.Equal(["Signature mismatch"], error.Details);
        Assert.Contains("clock", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SpringShape_ErrorBecomesTitlePathKept()
    {
        var error = Parse(404, """{"timestamp":"2025-01-01T00:00:00.000+00:00","path":"/v1/volumes/x","status":404,"error":"Not Found"}""");

        Assert.Equal(("spring", "Not Found"), (error.Shape, error.Title));
        Assert.Equal(["path /v1/volumes/x"], error.Details);
    }

    [Fact]
    public void Parse_HtmlBody_KeptAsShortText()
    {
        var error = Parse(502, "<html>\n<body>  Bad   Gateway </body></html>" + new string('x', 2000));

        Assert.Equal("text", error.Shape);
        var detail = Assert.Single(error.Details);
        Assert.StartsWith("<html> <body> Bad Gateway </body>", detail, StringComparison.Ordinal);
        Assert.True(detail.Length <= 501);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_EmptyBody_NoDetails(string body)
    {
        var error = Parse(503, body);

        Assert.Equal("empty", error.Shape);
        Assert.Empty(error.Details);
    }

    [Fact]
    public void Parse_BrokenJson_FallsBackToText()
    {
        var error = Parse(500, """{"errors":[{"code":""");

        Assert.Equal("text", error.Shape);
    }

    [Fact]
    public void Parse_HeaderRequestIdOnly_UsesIt()
    {
        var error = ScpErrorParser.Parse(500, "Internal Server Error", [], "hdr-req");

        Assert.Equal("hdr-req", error.RequestId);
    }

    [Theory]
    [InlineData(401, "clock")]
    [InlineData(401, "subscribed")]
    [InlineData(404, "region")]
    [InlineData(409, "state")]
    public void Parse_KnownStatus_GivesHint(int status, string mentions)
    {
        Assert.Contains(mentions, Parse(status, "").Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void HintFor_ServerFailure_TellsWritesToCheckBeforeRetrying()
    {
        Assert.Equal("SCP failed internally: retry later.", ScpErrorParser.HintFor(503, safety: Scp.Sdk.Catalog.ScpSafety.Read));
        Assert.Contains("read the resource to check whether the change took effect", ScpErrorParser.HintFor(500, safety: Scp.Sdk.Catalog.ScpSafety.Destructive), StringComparison.Ordinal);
        Assert.Contains("if the call changes something", Parse(502, "").Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void HintFor_NoAnswerOrKnownRegion_NamesTheRegion()
    {
        Assert.Contains("could not be reached", ScpErrorParser.HintFor(null, region: "kr-east1"), StringComparison.Ordinal);
        Assert.Contains("the region (kr-east1)", ScpErrorParser.HintFor(404, "filestorage", "kr-east1"), StringComparison.Ordinal);
        Assert.Null(ScpErrorParser.HintFor(418));
    }

    [Fact]
    public void Exception_FromErrorsShape_MessageNamesStatusCodeDetailAndRequestId()
    {
        var error = ScpErrorParser.Parse(409, "Conflict", Encoding.UTF8.GetBytes("""{"errors":[{"code":"STATE_CONFLICT","title":"Conflict","detail":"volume in use","request_id":"r-1"}]}"""), product: "filestorage");

        var ex = new ScpApiException(error, "DELETE", "https://filestorage.kr-west1.s.samsungsdscloud.com/v1/volumes/v");

        Assert.Equal(
            "SCP answered 409 Conflict to DELETE https://filestorage.kr-west1.s.samsungsdscloud.com/v1/volumes/v: [STATE_CONFLICT] Conflict - volume in use (request id r-1). Hint: " + error.Hint,
            ex.Message);
        Assert.Equal("volume in use", ex.Detail);
    }
}
