using Scp.Sdk.Catalog;

namespace Scp.Sdk.Tests;

public sealed class ScpApiDescriptorTextTests
{
    private static readonly ScpApiDescriptor Api = new()
    {
        Product = "things",
        Version = "1.0",
        ServiceName = "Things",
        ToolPrefix = "things",
        IsCurrentVersion = true,
        ServerUrlTemplate = "https://things.{region}.{environment}.samsungsdscloud.com",
        Regions = [],
        Environments = [],
        ComponentsJson = "{}",
        SpecPath = "specs/things/1.0.json",
        EnglishText = new Dictionary<string, string>(StringComparer.Ordinal) { ["생성 시간"] = "Creation time", ["볼륨 이름"] = "Volume name" },
    };

    [Theory]
    [InlineData("볼륨 이름", "Volume name")]
    [InlineData("생성 시간. Timestamp like 2024-07-30T04:54:33 (no zone offset)", "Creation time. Timestamp like 2024-07-30T04:54:33 (no zone offset)")]
    [InlineData("번역 없음", "번역 없음")]
    public void Text_English_TranslatesWholeStringsAndFirstSentencesKeepingTheCaptureNote(string original, string expected) =>
        Assert.Equal(expected, Api.Text(original, ScpTextLanguage.English));

    [Fact]
    public void Text_Korean_ReturnsTheOriginal() =>
        Assert.Equal("볼륨 이름", Api.Text("볼륨 이름", ScpTextLanguage.Korean));
}
