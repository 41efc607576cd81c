namespace Scp.Sdk.Paging;

/// <summary>Page size, caps and where items are found in a list response.</summary>
public sealed class ScpPagingOptions
{
    /// <summary>Items asked for per page (<c>size</c> or <c>limit</c>). Default 20.</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>Stop after this many items (the result says it was truncated). Default 1000.</summary>
    public int MaxItems { get; set; } = 1000;

    /// <summary>Stop after this many pages (the result says it was truncated). Default 100.</summary>
    public int MaxPages { get; set; } = 100;

    /// <summary>The array property holding the items; null finds it: <c>contents</c>, else the first array property.</summary>
    public string? ItemsProperty { get; set; }

    /// <summary>Properties that may hold the total item count, tried in order.</summary>
    public IReadOnlyList<string> TotalCountProperties { get; set; } = ["total_count", "totalCount", "count"];
}
