using System.Text.Json.Nodes;
using Scp.SpecCapture.Model;
using Scp.SpecCapture.Parsing;

namespace Scp.SpecCapture.Tests;

public sealed class ValueConverterTests
{
    private static readonly HashSet<string> NoModels = [];

    [Theory]
    [InlineData("integer", "20", "20")]
    [InlineData("boolean", "False", "false")]
    [InlineData("string", "007", "\"007\"")]
    [InlineData("array[string]", "['10a5', 'b']", "[\"10a5\",\"b\"]")]
    [InlineData("object", "{'cpu': 0, 'gpu': '', 'ok': True}", "{\"cpu\":0,\"gpu\":\"\",\"ok\":true}")]
    [InlineData("any of [integer, null]", "0", "0")]
    [InlineData("any of [array[string], string]", "['/aaa']", "[\"/aaa\"]")]
    public void Convert_TextOfType_GivesTypedJson(string schemaCell, string text, string expectedJson)
    {
        var value = ValueConverter.Convert(text, SchemaCellParser.Parse(schemaCell, NoModels), null, out var fits);

        Assert.True(fits);
        Assert.Equal(expectedJson, value!.ToJsonString());
    }

    [Theory]
    [InlineData("integer", "123.4")]
    [InlineData("enum (A, B)", "A | B")]
    [InlineData("array[string]", "{'description': 'x'}")]
    public void Convert_TextNotOfType_KeepsTheTextAndSaysSo(string schemaCell, string text)
    {
        var value = ValueConverter.Convert(text, SchemaCellParser.Parse(schemaCell, NoModels), null, out var fits);

        Assert.False(fits);
        Assert.Equal(text, value!.GetValue<string>());
    }

    [Fact]
    public void Convert_NoSchemaButInferredType_UsesIt()
    {
        var value = ValueConverter.Convert("DAILY", null, "string", out _);

        Assert.Equal("DAILY", value!.GetValue<string>());
        Assert.IsType<JsonValue>(value, exactMatch: false);
    }
}
