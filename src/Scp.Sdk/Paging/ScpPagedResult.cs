using System.Text.Json;

namespace Scp.Sdk.Paging;

/// <summary>Every item collected from a paged list, and whether a cap stopped the collection.</summary>
public sealed class ScpPagedResult
{
    /// <summary>The items in the order SCP returned them (detached from the response documents).</summary>
    public required IReadOnlyList<JsonElement> Items { get; init; }

    /// <summary>Pages requested.</summary>
    public required int Pages { get; init; }

    /// <summary>The total SCP reported, when it did.</summary>
    public int? TotalCount { get; init; }

    /// <summary>True when <see cref="ScpPagingOptions.MaxItems"/> or <see cref="ScpPagingOptions.MaxPages"/> stopped the collection early.</summary>
    public required bool Truncated { get; init; }
}
