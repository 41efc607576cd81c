using Scp.SpecCapture.Model;
using Scp.SpecCapture.Parsing;

namespace Scp.SpecCapture.Tests;

public sealed class SchemaCellParserTests
{
    private static readonly HashSet<string> Models = new(StringComparer.Ordinal) { "Tag", "ArchivingSource" };

    [Fact]
    public void Parse_EnumCell_ListsTheValues()
    {
        var schema = SchemaCellParser.Parse("enum (SSD, HDD)", Models);

        Assert.Equal(SchemaKind.Enum, schema!.Kind);
        Assert.Equal(["SSD", "HDD"], schema.Values!);
    }

    [Fact]
    public void Parse_NullableCell_IsAnyOfWithNull()
    {
        var schema = SchemaCellParser.Parse("any of [string (date-time), null]", Models);

        Assert.True(schema!.IsNullable);
        Assert.Equal(new SchemaType(SchemaKind.Primitive, Name: "string", Format: "date-time"), schema.WithoutNull());
    }

    [Fact]
    public void Parse_NullableArrayOfModel_KeepsTheNesting()
    {
        var schema = SchemaCellParser.Parse("any of [array[Tag], null]", Models);

        var inner = schema!.WithoutNull();
        Assert.Equal(SchemaKind.Array, inner.Kind);
        Assert.Equal(new SchemaType(SchemaKind.Reference, Name: "Tag"), inner.Item);
    }

    [Fact]
    public void Parse_ArrayCell_HasItemType()
    {
        var schema = SchemaCellParser.Parse("array[string]", Models);

        Assert.Equal(SchemaKind.Array, schema!.Kind);
        Assert.Equal("string", schema.Item!.Name);
    }

    [Fact]
    public void Parse_FormatCell_KeepsTheFormat()
    {
        Assert.Equal("date-time", SchemaCellParser.Parse("string (date-time)", Models)!.Format);
    }

    [Theory]
    [InlineData("WEEKLY")]
    [InlineData("Private")]
    [InlineData("2[0-3])$")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("array[Unknown]")]
    [InlineData("enum ()")]
    public void Parse_NotASchema_ReturnsNull(string cell)
    {
        Assert.Null(SchemaCellParser.Parse(cell, Models));
    }

    [Fact]
    public void Parse_KnownModelName_IsAReference()
    {
        Assert.Equal(new SchemaType(SchemaKind.Reference, Name: "ArchivingSource"), SchemaCellParser.Parse(" ArchivingSource ", Models));
    }
}
