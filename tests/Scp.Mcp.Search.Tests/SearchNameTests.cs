using Scp.Mcp.Server.Modes;
using Scp.Mcp.Tests.Common;
using Xunit;

namespace Scp.Mcp.Search.Tests;

/// <summary>
/// A resource name in a request ("vg-oracle", "vol-old-snapshot") names the resource, not what to do with it: past its
/// first part (the kind, as in the docs' "vg-01", "replica-bs-01") its words count little, so a name's words cannot pull
/// the ranking towards operations that share them (docs/search.md). The catalogue's own hyphenated words are not names.
/// </summary>
public sealed class SearchNameTests
{
    private static readonly HashSet<string> Compounds = new(StringComparer.Ordinal) { "point-in-time", "re-sync" };

    [Theory]
    [InlineData("delete volume vol-old-scratch", "delete volume vol ", "old-scratch ")]
    [InlineData("drop vg-oracle's DR mirror", "drop vg 's DR mirror", "oracle ")]
    [InlineData("take a point-in-time copy", "take a point-in-time copy", "")]
    [InlineData("re-sync the mirror of bs-01 now", "re-sync the mirror of bs  now", "01 ")]
    [InlineData("볼륨 vol-db01 스냅샷", "볼륨 vol  스냅샷", "db01 ")]
    public void SplitNames_HyphenJoinedTokenNotACatalogueWord_KeepsOnlyItsKind(string request, string text, string nameParts)
    {
        var (kept, parts) = SearchText.SplitNames(request, Compounds);

        Assert.Equal(text, kept);
        Assert.Equal(nameParts, parts);
    }

    [Fact]
    public void Search_NameWordsMatchingAnotherOperation_DoNotOutrankTheAskedOperation()
    {
        const string Request = "delete block storage volume vol-snapshot-2024";

        var top = SearchEvaluation.Search.Search(Request, 3);
        var wordsAsText = SearchEvaluation.Search.Search(Request.Replace('-', ' '), 3);

        Assert.Equal("bmblock_delete_volume", top[0].ToolName);
        Assert.NotEqual("bmblock_delete_volume", wordsAsText[0].ToolName); // the name's "snapshot" would win read as a word of the request
    }
}
