using System.Text;
using System.Text.Json.Nodes;
using Scp.SpecCapture.Parsing;
using Scp.SpecCapture.Validation;
using Scp.SpecCapture.Writing;

namespace Scp.SpecCapture.Tests;

public sealed class SpecBuilderTests
{
    private static readonly HashSet<string> Models = new(StringComparer.Ordinal) { "Tag" };

    private static JsonObject BuildSample(string version)
    {
        var service = Assert.Single(DocsParser.Parse("sample.txt", SampleDocs.Text, []));
        var models = ModelSelector.Select(service);
        return SpecBuilder.Build(service, service.Versions.Single(v => v.Version == version), models[version], []);
    }

    [Theory]
    [InlineData("any of [string, null]", """{"type":["string","null"]}""")]
    [InlineData("any of [string (date-time), null]", """{"type":["string","null"],"format":"date-time"}""")]
    [InlineData("any of [array[string], null]", """{"type":["array","null"],"items":{"type":"string"}}""")]
    [InlineData("any of [Tag, null]", """{"anyOf":[{"$ref":"#/components/schemas/Tag"},{"type":"null"}]}""")]
    [InlineData("any of [enum (A, B), null]", """{"anyOf":[{"type":"string","enum":["A","B"]},{"type":"null"}]}""")]
    [InlineData("array[Tag]", """{"type":"array","items":{"$ref":"#/components/schemas/Tag"}}""")]
    [InlineData("enum (SSD, HDD)", """{"type":"string","enum":["SSD","HDD"]}""")]
    [InlineData("object", """{"type":"object"}""")]
    public void Build_SchemaCell_GivesTheDocumentedJsonSchema(string cell, string expected)
    {
        Assert.Equal(expected, SchemaJson.Build(SchemaCellParser.Parse(cell, Models)!).ToJsonString());
    }

    [Fact]
    public void Build_DeprecatedVersion_MarksInfoAndOperation()
    {
        var spec = BuildSample("1.0");

        Assert.Equal("DEPRECATED", spec["info"]!["x-scp-version-status"]!.GetValue<string>());
        Assert.Equal("2025-12-31", spec["info"]!["x-scp-supported-until"]!.GetValue<string>());
        var operation = spec["paths"]!["/v1/volumes/{volume_id}"]!["get"]!;
        Assert.True(operation["deprecated"]!.GetValue<bool>());
        Assert.Equal("ACTIVE (DEPRECATED)", operation["x-scp-status"]!.GetValue<string>());
        Assert.Equal("ShowVolume", operation["operationId"]!.GetValue<string>());
        Assert.Equal("Show Volume", operation["summary"]!.GetValue<string>());
    }

    [Fact]
    public void Build_CurrentVersion_HasNoDeprecationAndCarriesParametersAndExamples()
    {
        var spec = BuildSample("1.1");

        var operation = spec["paths"]!["/v1/volumes/{volume_id}"]!["get"]!;
        Assert.Null(operation["deprecated"]);
        Assert.Null(spec["info"]!["x-scp-supported-until"]);
        var size = operation["parameters"]![1]!;
        Assert.Equal("""{"name":"size","in":"query","required":false,"description":"항목 수","schema":{"type":["integer","null"],"default":20},"example":20}""", size.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("abc", operation["responses"]!["200"]!["content"]!["application/json"]!["example"]!["id"]!.GetValue<string>());
        Assert.Null(operation["responses"]!["404"]!["content"]);
    }

    [Fact]
    public void Build_Model_CarriesRequiredPatternNullabilityAndReferences()
    {
        var volume = BuildSample("1.1")["components"]!["schemas"]!["Volume"]!;

        Assert.Equal("""["id"]""", volume["required"]!.ToJsonString());
        Assert.Equal("^(ACTIVE|INACTIVE)$", volume["properties"]!["state"]!["pattern"]!.GetValue<string>());
        Assert.Equal("""{"type":["array","null"],"items":{"$ref":"#/components/schemas/Tag"}}""", volume["properties"]!["tags"]!.ToJsonString());
    }

    [Fact]
    public void Build_ModelsReferencedTransitively_AreInEveryVersionThatUsesThem()
    {
        var deprecated = BuildSample("1.0")["components"]!["schemas"]!.AsObject();

        Assert.Equal(["Volume", "Tag"], deprecated.Select(p => p.Key));
    }

    [Fact]
    public void Build_Sample_LoadsCleanlyWithMicrosoftOpenApi()
    {
        foreach (var version in new[] { "1.0", "1.1" })
        {
            Assert.Empty(OpenApiValidator.Validate(SpecSerializer.Serialize(BuildSample(version))));
        }
    }

    [Fact]
    public void Serialize_KoreanText_IsWrittenUnescapedWithLfAndFinalNewline()
    {
        var bytes = SpecSerializer.Serialize(new JsonObject { ["description"] = "볼륨 <a&b>", ["n"] = new JsonArray(1) });

        Assert.Equal("{\n  \"description\": \"볼륨 <a&b>\",\n  \"n\": [\n    1\n  ]\n}\n", Encoding.UTF8.GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Fact]
    public void Select_ModelNoOperationReferences_GoesOnlyIntoTheCurrentVersion()
    {
        var text = SampleDocs.Text + """
            1.2.3 - Orphan
            | Name | Description | Schema | Default |
            |---|---|---|---|
            | id required | 아이디 | string |

            """;
        var service = Assert.Single(DocsParser.Parse("sample.txt", text, []));

        var models = ModelSelector.Select(service);

        Assert.Equal(["Volume", "Tag", "Orphan"], models["1.1"].Select(m => m.Name));
        Assert.Equal(["Volume", "Tag"], models["1.0"].Select(m => m.Name));
    }
}
