using Scp.SpecCapture.Parsing;

namespace Scp.SpecCapture.Tests;

public sealed class DescriptionParserTests
{
    [Fact]
    public void Parse_GluedConstraints_SplitsEveryPart()
    {
        var parts = DescriptionParser.Parse("Cluster Name Example : cluster-testPattern : ^[a-z][a-z0-9\\-]*[a-z0-9]$Minimum length : 3Maximum length : 30");

        Assert.Equal("Cluster Name", parts.Text);
        Assert.Equal("cluster-test", parts.Example);
        Assert.Equal("^[a-z][a-z0-9\\-]*[a-z0-9]$", parts.Pattern);
        Assert.Equal(3, parts.MinLength);
        Assert.Equal(30, parts.MaxLength);
    }

    [Fact]
    public void Parse_Range_ReadsMinimumAndMaximum()
    {
        var parts = DescriptionParser.Parse("볼륨 용량 Example : 100Minimum : 1Maximum : 1000");

        Assert.Equal("볼륨 용량", parts.Text);
        Assert.Equal("100", parts.Example);
        Assert.Equal(1m, parts.Minimum);
        Assert.Equal(1000m, parts.Maximum);
    }

    [Fact]
    public void Parse_EmptyExample_HasNoExample()
    {
        var parts = DescriptionParser.Parse("Image Name Example : ");

        Assert.Equal("Image Name", parts.Text);
        Assert.Null(parts.Example);
    }

    [Fact]
    public void Parse_ProseOnly_KeepsItAsWritten()
    {
        Assert.Equal("서버 id, 유형 목록", DescriptionParser.Parse(" 서버 id, 유형 목록 ").Text);
    }
}
