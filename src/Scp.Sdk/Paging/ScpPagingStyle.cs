namespace Scp.Sdk.Paging;

/// <summary>How a list operation pages.</summary>
public enum ScpPagingStyle
{
    /// <summary><c>page</c> (0-based) and <c>size</c> query parameters (backup, aimlops, cloud-ml).</summary>
    PageSize,

    /// <summary><c>offset</c> and <c>limit</c> query parameters (file, bm-block, archive).</summary>
    OffsetLimit,
}
