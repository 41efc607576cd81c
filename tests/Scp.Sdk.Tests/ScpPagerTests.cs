using System.Globalization;
using System.Text;
using System.Text.Json;
using Scp.Sdk.Catalog;
using Scp.Sdk.Invocation;
using Scp.Sdk.Paging;
using Scp.Sdk.Tests.Support;

namespace Scp.Sdk.Tests;

public class ScpPagerTests
{
    /// <summary>A list of <paramref name="total"/> items served by whichever paging parameters the request carries.</summary>
    private sealed class ListInvoker(int total, string itemsProperty = "contents", string? countProperty = "count") : IScpOperationInvoker
    {
        public List<ScpOperationRequest> Requests { get; } = [];

        public Task<ScpOperationResponse> SendAsync(ScpOperationRequest request, CancellationToken cancellationToken = default)
        {
            Requests.Add(request);
            var q = request.QueryValues.ToDictionary(p => p.Key, p => int.Parse(p.Value, CultureInfo.InvariantCulture));
            var (start, size) = q.TryGetValue("page", out var page) ? (page * q["size"], q["size"]) : (q["offset"], q["limit"]);
            var items = Enumerable.Range(start, Math.Max(0, Math.Min(size, total - start))).Select(i => $"{{\"id\":\"v{i}\"}}");
            var count = countProperty is null ? "" : $"\"{countProperty}\":{total},";
            var body = $"{{{count}\"{itemsProperty}\":[{string.Join(",", items)}]}}";
            return Task.FromResult(new ScpOperationResponse { StatusCode = 200, Body = Encoding.UTF8.GetBytes(body) });
        }
    }

    private static ScpOperationRequest ListRequest(params string[] queryParameters) => new()
    {
        Operation = TestOperations.Operation("GET", "/v1/volumes", parameters: queryParameters.Select(n => (n, ScpParameterLocation.Query)).ToArray()),
    };

    private static IEnumerable<string?> Ids(ScpPagedResult result) => result.Items.Select(i => i.GetProperty("id").GetString());

    [Fact]
    public async Task CollectAsync_OffsetLimit_ReadsEveryPage()
    {
        var invoker = new ListInvoker(45);

        var result = await ScpPager.CollectAsync(invoker, ListRequest("offset", "limit"));

        Assert.Equal(Enumerable.Range(0, 45).Select(i => $"v{i}"), Ids(result));
        Assert.Equal((3, 45, false), (result.Pages, result.TotalCount, result.Truncated));
        Assert.Equal(["0", "20", "40"], invoker.Requests.Select(r => r.QueryValues.Single(p => p.Key == "offset").Value));
    }

    [Fact]
    public async Task CollectAsync_PageSize_CountsPagesFromZero()
    {
        var invoker = new ListInvoker(25, countProperty: null);

        var result = await ScpPager.CollectAsync(invoker, ListRequest("page", "size"), new ScpPagingOptions { PageSize = 10 });

        Assert.Equal(25, result.Items.Count);
        Assert.Equal(["0", "1", "2"], invoker.Requests.Select(r => r.QueryValues.Single(p => p.Key == "page").Value));
        Assert.Null(result.TotalCount);
    }

    [Fact]
    public async Task CollectAsync_ExactMultipleWithTotal_NoExtraEmptyPage()
    {
        var invoker = new ListInvoker(40, countProperty: "total_count");

        var result = await ScpPager.CollectAsync(invoker, ListRequest("offset", "limit"));

        Assert.Equal((2, 40), (result.Pages, result.Items.Count));
    }

    [Fact]
    public async Task CollectAsync_MoreThanCap_StopsAndSaysTruncated()
    {
        var invoker = new ListInvoker(500);

        var result = await ScpPager.CollectAsync(invoker, ListRequest("offset", "limit"), new ScpPagingOptions { MaxItems = 50 });

        Assert.Equal(50, result.Items.Count);
        Assert.True(result.Truncated);
        Assert.Equal("10", invoker.Requests[^1].QueryValues.Single(p => p.Key == "limit").Value);
    }

    [Fact]
    public async Task CollectAsync_PageCap_StopsAndSaysTruncated()
    {
        var result = await ScpPager.CollectAsync(new ListInvoker(500), ListRequest("page", "size"), new ScpPagingOptions { MaxPages = 2 });

        Assert.Equal((40, 2, true), (result.Items.Count, result.Pages, result.Truncated));
    }

    [Fact]
    public async Task CollectAsync_OtherItemsProperty_FoundAutomatically()
    {
        var result = await ScpPager.CollectAsync(new ListInvoker(3, itemsProperty: "volumes"), ListRequest("offset", "limit"));

        Assert.Equal(["v0", "v1", "v2"], Ids(result));
    }

    [Fact]
    public async Task CollectAsync_OperationWithoutPaging_ErrorNamesTool()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => ScpPager.CollectAsync(new ListInvoker(1), ListRequest("name")));

        Assert.Contains("file_test_operation", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForPage_ExistingQueryValues_KeptInOrderPagingReplaced()
    {
        var request = ListRequest("name", "offset", "limit");
        request.QueryValues.Add(new("name", "a"));
        request.QueryValues.Add(new("offset", "99"));
        request.QueryValues.Add(new("state", "ACTIVE"));

        var page = ScpPager.ForPage(request, new ScpPageRequest(ScpPagingStyle.OffsetLimit, 40, 20));

        Assert.Equal(["name=a", "state=ACTIVE", "offset=40", "limit=20"], page.QueryValues.Select(p => $"{p.Key}={p.Value}"));
    }

    [Fact]
    public void DetectStyle_Parameters_PickStyle()
    {
        Assert.Equal(ScpPagingStyle.PageSize, ScpPager.DetectStyle(ListRequest("page", "size", "sort").Operation));
        Assert.Equal(ScpPagingStyle.OffsetLimit, ScpPager.DetectStyle(ListRequest("limit", "offset").Operation));
        Assert.Null(ScpPager.DetectStyle(ListRequest("limit").Operation));
    }

    [Fact]
    public async Task CollectAsync_ItemsOutliveResponses()
    {
        var result = await ScpPager.CollectAsync(new ListInvoker(2), ListRequest("offset", "limit"));

        Assert.Equal(JsonValueKind.Object, result.Items[1].ValueKind);
        Assert.Equal("v1", result.Items[1].GetProperty("id").GetString());
    }
}
