using System.Text.Json;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Sdk.Catalog;

namespace Scp.Sdk.Tests;

public sealed class ScpArgumentValidatorTests
{
    private static readonly JsonElement CreateSchema = ScpSchemaComposer.GetInputSchema(FixtureCatalog.Get("file_create_volume"));

    [Theory]
    [InlineData("""{"body":{"name":"data_vol","protocol":"NFS"}}""")]
    [InlineData("""{"body":{"name":"data_vol","protocol":"CIFS","cifs_password":null,"snapshot_policy":null,"tags":[{"key":"a","value":null}]}}""")]
    [InlineData("""{"body":{"name":"data_vol","protocol":"NFS","size_gb":1024,"snapshot_policy":{"retention_days":3,"schedule":{"frequency":"DAILY","hour":0}}}}""")]
    public void Validate_ValidArguments_ReturnsNoErrors(string json)
    {
        Assert.Empty(ScpArgumentValidator.Validate(Parse(json), CreateSchema, closedObjects: true));
    }

    [Theory]
    [InlineData("""{"body":{"name":"data_vol","protocol":"NFS","colour":"red"}}""", "body.colour", "unknown field")]
    [InlineData("""{"body":{"name":"data_vol"}}""", "body.protocol", "required field is missing")]
    [InlineData("""{}""", "body", "required field is missing")]
    [InlineData("""{"body":{"name":"data_vol","protocol":"NFS","size_gb":"ten"}}""", "body.size_gb", "expected integer but got string")]
    [InlineData("""{"body":{"name":"data_vol","protocol":"NFS","size_gb":1.5}}""", "body.size_gb", "expected integer")]
    [InlineData("""{"body":{"name":"data_vol","protocol":"SMB"}}""", "body.protocol", "not an allowed value")]
    [InlineData("""{"body":{"name":"Data-Vol","protocol":"NFS"}}""", "body.name", "does not match the pattern")]
    [InlineData("""{"body":{"name":"ab","protocol":"NFS"}}""", "body.name", "has 2 characters")]
    [InlineData("""{"body":{"name":"data_vol","protocol":"NFS","size_gb":0}}""", "body.size_gb", "out of range")]
    [InlineData("""{"body":{"name":"data_vol","protocol":"NFS","tags":[{"value":"x"}]}}""", "body.tags[0].key", "required field is missing")]
    [InlineData("""{"body":{"name":"data_vol","protocol":"NFS","snapshot_policy":{"schedule":{"hour":24}}}}""", "body.snapshot_policy.schedule.hour", "out of range")]
    [InlineData("""{"body":{"name":"data_vol","protocol":"NFS","cifs_password":5}}""", "body.cifs_password", "expected string or null")]
    [InlineData("""{"volume":"x","body":{"name":"data_vol","protocol":"NFS"}}""", "volume", "unknown field")]
    public void Validate_Mistake_NamesFieldAndExpectedShape(string json, string path, string message)
    {
        var errors = ScpArgumentValidator.Validate(Parse(json), CreateSchema, closedObjects: true);

        var error = Assert.Single(errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Expected));
    }

    [Fact]
    public void Validate_EscapedFieldName_IsTheFieldItNames()
    {
        // "na\u006De" is "name" written with an escape: checked against the name schema, not reported as unknown
        var errors = ScpArgumentValidator.Validate(Parse("""{"body":{"na\u006De":"Data-Vol","protocol":"NFS"}}"""), CreateSchema, closedObjects: true);

        var error = Assert.Single(errors);
        Assert.Equal("body.name", error.Path);
        Assert.Contains("does not match the pattern", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralMistakes_EachNamesItsOwnPath()
    {
        var errors = ScpArgumentValidator.Validate(
            Parse("""{"body":{"name":"data_vol","protocol":"NFS","tags":[{"key":"a","value":"x"},{"value":"y"},{"key":1}],"size_gb":0}}"""),
            CreateSchema, closedObjects: true);

        Assert.Equal(["body.tags[1].key", "body.tags[2].key", "body.size_gb"], errors.Select(e => e.Path));
    }

    [Fact]
    public void Validate_BadEnum_ExpectedListsTheAllowedValues()
    {
        var error = Assert.Single(ScpArgumentValidator.Validate(Parse("""{"body":{"name":"data_vol","protocol":"SMB"}}"""), CreateSchema, closedObjects: true));

        Assert.Equal("one of \"NFS\", \"CIFS\"", error.Expected);
    }

    [Fact]
    public void Validate_UnknownField_ExpectedListsTheKnownFields()
    {
        var error = Assert.Single(ScpArgumentValidator.Validate(Parse("""{"body":{"name":"data_vol","protocol":"NFS","colour":1}}"""), CreateSchema, closedObjects: true));

        Assert.Contains("protocol", error.Expected, StringComparison.Ordinal);
        Assert.Contains("snapshot_policy", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ComponentsRefsOnRawSpecSchema_ResolvesAgainstRoot()
    {
        var spec = Parse("""
            {"components":{"schemas":{"A":{"type":"object","required":["n"],"properties":{"n":{"type":"integer"}}}}},
             "$ref":"#/components/schemas/A"}
            """);

        var errors = ScpArgumentValidator.Validate(Parse("""{"n":"x"}"""), spec, "body");

        Assert.Equal("body.n", Assert.Single(errors).Path);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
