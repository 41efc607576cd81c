using System.Text.Json.Nodes;
using Scp.SpecCapture.Parsing;
using Scp.SpecCapture.Refining;
using Scp.SpecCapture.Writing;

namespace Scp.SpecCapture.Tests;

public sealed class TypeRefinerTests
{
    private const string TagsRow = "| tags optional | any of [array[Tag], null] |";
    private const string ResponseTags = "\"tags\": []";

    /// <summary>The sample docs with <paramref name="row"/> added to the Volume model and <paramref name="responseField"/> to the 1.1 response example.</summary>
    private static (JsonObject Property, List<string> Notes) Capture(string row, string? responseField = null, CaptureDecisions? decisions = null)
    {
        var text = SampleDocs.With(TagsRow, row + "\n" + TagsRow);
        if (responseField is not null)
        {
            text = text.Replace(ResponseTags, responseField + ",\n" + ResponseTags, StringComparison.Ordinal);
        }

        var notes = new List<string>();
        var service = new TypeRefiner(decisions ?? CaptureDecisions.None).Refine(Assert.Single(DocsParser.Parse("sample.txt", text, notes)), notes);
        var version = service.Versions.Single(v => v.Version == "1.1");
        var spec = SpecBuilder.Build(service, version, ModelSelector.Select(service)[version.Version], notes);
        var name = row.Split(' ')[1];
        return (spec["components"]!["schemas"]!["Volume"]!["properties"]![name]!.AsObject(), notes);
    }

    [Theory]
    [InlineData("| usage_gb required | 용량(GB) Example : 123.4 | object | |", "\"usage_gb\": \"123.4\"", """{"type":"number","description":"용량(GB)","example":123.4}""")]
    [InlineData("| usage_gb optional | 용량(GB) Example : 0 | any of [object, null] | |", "\"usage_gb\": 0", """{"type":["number","null"],"description":"용량(GB)","example":0}""")]
    [InlineData("| usage_gb optional | 용량(GB) | object | |", "\"usage_gb\": -1.5e3", """{"type":"number","description":"용량(GB)"}""")]
    public void Refine_ObjectFieldWithNumericExamples_IsANumber(string row, string responseField, string expected)
    {
        var (property, notes) = Capture(row, responseField);

        Assert.Equal(expected, Json(property));
        Assert.Contains(notes, n => n.Contains("Volume.usage_gb: 'object' captured as 'number'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("| usage_gb required | 용량 Example : 123.4 | object | |", "\"usage_gb\": {\"value\": 1}")]
    [InlineData("| usage_gb required | 용량 Example : 0 | object | |", "\"usage_gb\": \"\"")]
    [InlineData("| usage_gb required | 용량 | object | |", null)]
    public void Refine_ObjectFieldWithANonNumericOrNoExample_StaysAnObject(string row, string? responseField)
    {
        var (property, _) = Capture(row, responseField);

        Assert.Equal("object", property["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2024-05-17T00:23:17Z", null)]
    [InlineData("2025-04-01T00:00:00+09:00", "\"created_at\": \"2025-04-09T05:54:46.244000+00:00\"")]
    public void Refine_DateTimeWhoseExamplesCarryAZoneOffset_KeepsTheFormat(string example, string? responseField)
    {
        var (property, notes) = Capture($"| created_at optional | 생성 시간 Example : {example} | string (date-time) | |", responseField);

        Assert.Equal("date-time", property["format"]!.GetValue<string>());
        Assert.Equal("생성 시간", property["description"]!.GetValue<string>());
        Assert.DoesNotContain(notes, n => n.Contains("date-time dropped", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2024-07-30T04:54:33.219373", null, "2024-07-30T04:54:33.219373")]
    [InlineData("2024-05-17T00:23:17Z", "\"created_at\": \"2024-10-28T05:38:48\"", "2024-10-28T05:38:48")]
    public void Refine_DateTimeWithAnExampleWithoutOffset_IsAPlainStringThatStatesTheFormat(string example, string? responseField, string seen)
    {
        var (property, notes) = Capture($"| created_at optional | 생성 시간 Example : {example} | any of [string (date-time), null] | |", responseField);

        Assert.Null(property["format"]);
        Assert.Equal("""["string","null"]""", property["type"]!.ToJsonString());
        Assert.Equal($"생성 시간. Timestamp like {seen} (no zone offset)", property["description"]!.GetValue<string>());
        Assert.Contains(notes, n => n.Contains($"Volume.created_at: format date-time dropped: example {seen} has no zone offset", StringComparison.Ordinal));
    }

    [Fact]
    public void Refine_DateTimeWithoutAnyExample_PromisesNoFormat()
    {
        var (property, _) = Capture("| created_at optional | | string (date-time) | |");

        Assert.Null(property["format"]);
        Assert.Equal("Timestamp (the docs show no example of its format)", property["description"]!.GetValue<string>());
    }

    [Fact]
    public void Refine_FieldDecision_ReplacesTheDocsSchemaAndConvertsTheExampleToIt()
    {
        var decisions = new CaptureDecisions([new("sample-storage", "Volume", "versions", "array[object]", "any of [array[string], array[object]]", "example is strings")]);

        var (property, notes) = Capture("| versions required | 버전 Example : ['a1', 'b2'] | array[object] |", decisions: decisions);

        Assert.Equal("""{"anyOf":[{"type":"array","items":{"type":"string"}},{"type":"array","items":{"type":"object"}}],"description":"버전","example":["a1","b2"]}""", Json(property));
        Assert.Contains(notes, n => n.Contains("Volume.versions: 'array[object]' captured as 'any of [array[string], array[object]]'", StringComparison.Ordinal));
    }

    [Fact]
    public void Refine_FieldDecisionWhoseDocsTypeChanged_FailsNamingTheField()
    {
        var decisions = new CaptureDecisions([new("sample-storage", "Volume", "versions", "array[object]", "array[string]", "r")]);

        var error = Assert.Throws<InvalidOperationException>(() => Capture("| versions required | 버전 | array[integer] |", decisions: decisions));

        Assert.Contains("sample-storage Volume.versions is 'array[integer]' in the docs, not 'array[object]'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refine_FieldDecisionMatchingNoField_IsReportedUnused()
    {
        var stale = new FieldDecision("sample-storage", "Volume", "gone", "object", "number", "r");
        var elsewhere = new FieldDecision("other-product", "Volume", "gone", "object", "number", "r");
        var refiner = new TypeRefiner(new CaptureDecisions([stale, elsewhere]));

        refiner.Refine(Assert.Single(DocsParser.Parse("sample.txt", SampleDocs.Text, [])), []);

        Assert.Equal([stale], refiner.UnusedDecisions);
    }

    [Fact]
    public void Default_ShippedDecisions_EachHaveAReasonAndParseInTheDocsGrammar()
    {
        Assert.NotEmpty(CaptureDecisions.Default.Fields);
        Assert.All(CaptureDecisions.Default.Fields, d =>
        {
            Assert.True(d.Reason.Length >= 40, $"{d.Model}.{d.Field}: the reason should say why");
            Assert.NotNull(SchemaCellParser.Parse(d.Schema, new HashSet<string>(StringComparer.Ordinal)));
        });
    }

    [Theory]
    [InlineData("{}", "\"fields\" array")]
    [InlineData("""{"fields":[{"product":"p","model":"m","field":"f","docs":"object","schema":"number"}]}""", "fields[0] needs a non-empty string \"reason\"")]
    public void Parse_DecisionsWithoutARequiredMember_FailsNamingIt(string json, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => CaptureDecisions.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static string Json(JsonNode node) =>
        node.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
