using Scp.SpecCapture.Parsing;

namespace Scp.SpecCapture.Tests;

public sealed class DocsParserTests
{
    private static Model.ServiceDoc ParseSample() => Assert.Single(DocsParser.Parse("sample.txt", SampleDocs.Text, []));

    [Fact]
    public void Parse_Sample_ReadsTheServiceOverview()
    {
        var service = ParseSample();

        Assert.Equal("Sample Storage", service.Title);
        Assert.Equal("sample-storage", service.Product);
        Assert.Equal("샘플 서비스 개요.", service.Overview);
        Assert.Equal(2, service.Regions.Count);
        Assert.Equal(["Volume", "Tag"], service.Models.Select(m => m.Name));
    }

    [Fact]
    public void Parse_DeprecatedVersion_CarriesStatusAndDate()
    {
        var service = ParseSample();

        var deprecated = Assert.Single(service.Operations, o => o.Version == "1.0");
        var current = Assert.Single(service.Operations, o => o.Version == "1.1");
        Assert.True(deprecated.IsDeprecated);
        Assert.Equal("ACTIVE (DEPRECATED)", deprecated.Status);
        Assert.Equal("2025-12-31", deprecated.SupportedUntil);
        Assert.False(current.IsDeprecated);
        Assert.Null(current.SupportedUntil);
        Assert.Equal(new Model.VersionDoc("1.0", "DEPRECATED", "2025-12-31"), service.Versions[0]);
    }

    [Fact]
    public void Parse_Operation_ReadsParametersResponsesAndExample()
    {
        var operation = ParseSample().Operations[0];

        Assert.Equal("get", operation.Method);
        Assert.Equal("/v1/volumes/{volume_id}", operation.Path);
        Assert.Equal(["volume_id", "size"], operation.Parameters.Select(p => p.Name));
        Assert.Equal(["200", "404"], operation.Responses.Select(r => r.Code));
        Assert.Equal("abc", operation.Responses[0].Example!["id"]!.GetValue<string>());
        Assert.Null(operation.Responses[1].Schema);
    }

    [Fact]
    public void Parse_TruncatedFile_NamesTheLineAndWhatWasExpected()
    {
        var cut = SampleDocs.Text[..SampleDocs.Text.IndexOf("Responses", StringComparison.Ordinal)];

        var error = Assert.Throws<DocsFormatException>(() => DocsParser.Parse("cut.txt", cut, []));

        Assert.Equal("cut.txt", error.File);
        Assert.Equal(cut.TrimEnd('\n').Split('\n').Length, error.LineNumber);
        Assert.Contains("expected 'Responses'", error.Message, StringComparison.Ordinal);
        Assert.Contains("end of the file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FileCutInTheModels_ReportsTheMissingSection()
    {
        var cut = SampleDocs.Text[..SampleDocs.Text.IndexOf("1.2.2 - Tag", StringComparison.Ordinal)];

        var error = Assert.Throws<DocsFormatException>(() => DocsParser.Parse("cut.txt", cut, []));

        Assert.Contains("'1.2.2 - Tag'", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RowWithoutClosingPipe_IsRejectedAtItsLine()
    {
        var text = SampleDocs.With("| 404 | Not Found | None |", "| 404 | Not Found | No");

        var error = Assert.Throws<DocsFormatException>(() => DocsParser.Parse("bad.txt", text, []));

        Assert.Equal(SampleDocs.LineOf("| 404 | Not Found | None |"), error.LineNumber);
        Assert.Contains("table row ending with '|'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongApiVersionHeader_IsRejected()
    {
        var text = SampleDocs.With("\"Scp-Api-Version = sample-storage 1.1\"", "\"Scp-Api-Version = sample-storage 1.0\"");

        var error = Assert.Throws<DocsFormatException>(() => DocsParser.Parse("bad.txt", text, []));

        Assert.Equal(SampleDocs.LineOf("\"Scp-Api-Version = sample-storage 1.1\""), error.LineNumber);
        Assert.Contains("Scp-Api-Version = sample-storage 1.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownStatusInVersionTable_IsRejected()
    {
        var text = SampleDocs.With("| 1.1 | CURRENT | - |", "| 1.1 | LATEST | - |");

        var error = Assert.Throws<DocsFormatException>(() => DocsParser.Parse("bad.txt", text, []));

        Assert.Equal(SampleDocs.LineOf("| 1.1 | CURRENT | - |"), error.LineNumber);
    }

    [Fact]
    public void Parse_ResponseSchemaNotAModel_IsRejected()
    {
        var text = SampleDocs.With("| 200 | OK | Volume |", "| 200 | OK | Volumes |");

        var error = Assert.Throws<DocsFormatException>(() => DocsParser.Parse("bad.txt", text, []));

        Assert.Equal(SampleDocs.LineOf("| 200 | OK | Volume |"), error.LineNumber);
        Assert.Contains("response row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidJsonExample_IsKeptAsTextAndNoted()
    {
        var notes = new List<string>();
        var text = SampleDocs.With("\"tags\": []\n}", "\"tags\": [\n");

        var service = Assert.Single(DocsParser.Parse("odd.txt", text, notes));

        Assert.Equal("{\n\"id\": \"abc\",\n\"tags\": [", service.Operations[0].Responses[0].Example!.GetValue<string>());
        Assert.Contains(notes, n => n.Contains("not valid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_RequestPathOfAnotherOperation_IsRejected()
    {
        var text = SampleDocs.With("Request path\n/v1/volumes/{volume_id}", "Request path\n/v1/volume/{volume_id}");

        var error = Assert.Throws<DocsFormatException>(() => DocsParser.Parse("bad.txt", text, []));

        Assert.Equal(SampleDocs.LineOf("/v1/volumes/{volume_id}"), error.LineNumber);
        Assert.Contains("example request path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PathParameterWithoutName_TakesTheUnnamedPlaceholder()
    {
        var notes = new List<string>();
        var text = SampleDocs.With("| path | volume_id required | 볼륨 id", "| path required | | 볼륨 id");

        var service = Assert.Single(DocsParser.Parse("odd.txt", text, notes));

        var parameter = service.Operations[0].Parameters[0];
        Assert.Equal("volume_id", parameter.Name);
        Assert.Equal("path", parameter.Location);
        Assert.True(parameter.Required);
        Assert.Contains(notes, n => n.Contains("nameless path parameter named 'volume_id'", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_QueryParameterWithoutName_IsRejected()
    {
        var text = SampleDocs.With("| query | size optional | 항목 수", "| query optional | | 항목 수");

        var error = Assert.Throws<DocsFormatException>(() => DocsParser.Parse("bad.txt", text, []));

        Assert.Contains("expected a parameter name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PathPlaceholderWithoutParameterRow_IsRejected()
    {
        var text = SampleDocs.With("| path | volume_id required | 볼륨 id Example : abc | string | None |\n", string.Empty);

        var error = Assert.Throws<DocsFormatException>(() => DocsParser.Parse("bad.txt", text, []));

        Assert.Equal(SampleDocs.LineOf("1.1.1.1 - 1.1"), error.LineNumber);
        Assert.Contains("'{volume_id}'", error.Message, StringComparison.Ordinal);
    }
}
