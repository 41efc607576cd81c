using Scp.Sdk.Transport;

namespace Scp.Sdk.Tests;

public class ScpRequestUrlTests
{
    private static readonly Dictionary<string, string> NoPath = [];

    [Fact]
    public void Build_ReservedAndNonAsciiPathValue_EscapedOnce()
    {
        var url = ScpRequestUrl.Build("https://h", "/v1/volumes/{volume_id}/snapshots", new Dictionary<string, string> { ["volume_id"] = "a/b c?#%볼륨" }, []);

        Assert.Equal("https://h/v1/volumes/a%2Fb%20c%3F%23%25%EB%B3%BC%EB%A5%A8/snapshots", url);
    }

    [Fact]
    public void Build_QueryValues_KeepOrderAndRepeatNames()
    {
        var url = ScpRequestUrl.Build("https://h/", "/v1/x", NoPath, [new("name", "a&b=c"), new("tag", "한"), new("tag", "x+y"), new("empty", "")]);

        Assert.Equal("https://h/v1/x?name=a%26b%3Dc&tag=%ED%95%9C&tag=x%2By&empty=", url);
    }

    [Fact]
    public void Build_AlreadyEscapedLookingValue_IsEscapedAgainAsData()
    {
        var url = ScpRequestUrl.Build("https://h", "/v1/x/{id}", new Dictionary<string, string> { ["id"] = "%41" }, [new("q", "%20")]);

        Assert.Equal("https://h/v1/x/%2541?q=%2520", url);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    public void Build_DotOrEmptyPathValue_Throws(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => ScpRequestUrl.Build("https://h", "/v1/x/{id}", new Dictionary<string, string> { ["id"] = value }, []));

        Assert.Contains("'id'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MissingPathValue_NamesParameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => ScpRequestUrl.Build("https://h", "/v1/x/{volume_id}", NoPath, []));

        Assert.Contains("volume_id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownPathValue_NamesIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => ScpRequestUrl.Build("https://h", "/v1/x", new Dictionary<string, string> { ["bogus"] = "1" }, []));

        Assert.Contains("bogus", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://h/v1/volumes/a%2Fb%20c%3F%23%25%EB%B3%BC%EB%A5%A8/snapshots?name=a%26b%3Dc&tag=%ED%95%9C")]
    [InlineData("http://127.0.0.1:5100/prefix/v1/x/%2541?q=%2520&e=")]
    public void ToUri_EscapedUrl_AbsoluteUriIsByteIdentical(string url)
    {
        var uri = ScpRequestUrl.ToUri(url);

        Assert.Equal(url, uri.AbsoluteUri);
        Assert.Equal(url[(url.IndexOf('/', 8))..], uri.PathAndQuery);
    }

    [Fact]
    public void ToUri_UrlUriWouldRewrite_Throws()
    {
        Assert.Throws<ArgumentException>(() => ScpRequestUrl.ToUri("https://H/v1/a b"));
    }
}
