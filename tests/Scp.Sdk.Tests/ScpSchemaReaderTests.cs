using System.Text.Json;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Sdk.Tests;

public sealed class ScpSchemaReaderTests
{
    private static readonly JsonElement Root = JsonElement.Parse("""
        {"components":{"schemas":{
          "Volume":{"type":"object","required":["id","state"],"properties":{"id":{"type":"string"},"state":{"type":"string"},"size":{"type":["integer","null"],"minimum":1}}},
          "Alias":{"$ref":"#/components/schemas/Volume"}
        }}}
        """);

    [Fact]
    public void Resolve_NullableAnyOfOfAReferenceChain_GivesTheTargetAndSaysNullable()
    {
        var schema = JsonElement.Parse("""{"anyOf":[{"$ref":"#/components/schemas/Alias"},{"type":"null"}]}""");

        var resolved = ScpSchemaReader.Resolve(schema, Root, out var nullable);

        Assert.True(nullable);
        Assert.Equal("object", ScpSchemaReader.MainType(resolved));
        Assert.Equal(["id", "state"], ScpSchemaReader.RequiredNames(resolved).Order(StringComparer.Ordinal));
        Assert.Equal(["id", "state", "size"], ScpSchemaReader.Properties(resolved).Select(p => p.Key));
    }

    [Fact]
    public void Resolve_UnknownReference_GivesNull()
    {
        Assert.Null(ScpSchemaReader.Resolve(JsonElement.Parse("""{"$ref":"#/components/schemas/Missing"}"""), Root, out _));
    }

    [Fact]
    public void Resolve_TypeArrayWithNull_IsNullableAndItsMainTypeIsTheOther()
    {
        var size = ScpSchemaReader.Properties(ScpSchemaReader.Resolve(JsonElement.Parse("""{"$ref":"#/components/schemas/Volume"}"""), Root, out _))
            .Single(p => p.Key == "size").Value;

        var resolved = ScpSchemaReader.Resolve(size, Root, out var nullable);

        Assert.True(nullable);
        Assert.Equal("integer", ScpSchemaReader.MainType(resolved));
        Assert.Equal(1m, ScpSchemaReader.Number(resolved, "minimum"));
    }
}
