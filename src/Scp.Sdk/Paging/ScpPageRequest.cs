namespace Scp.Sdk.Paging;

/// <summary>One page to fetch: the page number (page/size) or the offset (offset/limit), and the size.</summary>
/// <param name="Style">The paging style.</param>
/// <param name="Position">Page number (0-based) for <see cref="ScpPagingStyle.PageSize"/>, item offset for <see cref="ScpPagingStyle.OffsetLimit"/>.</param>
/// <param name="Size">Items asked for.</param>
public readonly record struct ScpPageRequest(ScpPagingStyle Style, long Position, int Size);
