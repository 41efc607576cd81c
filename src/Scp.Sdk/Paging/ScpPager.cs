using System.Globalization;
using System.Text.Json;
using Scp.Sdk.Catalog;
using Scp.Sdk.Invocation;

namespace Scp.Sdk.Paging;

/// <summary>
/// Walks every page of a list operation, for page/size and offset/limit lists alike, up to a cap. General: the
/// style comes from the operation's query parameters and the items from the response JSON.
/// </summary>
public static class ScpPager
{
    /// <summary>The paging style of <paramref name="operation"/>: page+size or offset+limit query parameters; null when it does not page.</summary>
    public static ScpPagingStyle? DetectStyle(ScpOperationDescriptor operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        bool Has(string name) => operation.Parameters.Any(p => p.Location == ScpParameterLocation.Query && p.Name == name);
        return Has("page") && Has("size") ? ScpPagingStyle.PageSize
            : Has("offset") && Has("limit") ? ScpPagingStyle.OffsetLimit
            : null;
    }

    /// <summary>Collects every item of <paramref name="request"/>'s list, replacing its paging query values page by page.</summary>
    /// <exception cref="ArgumentException">The operation has no page/size or offset/limit parameters.</exception>
    public static Task<ScpPagedResult> CollectAsync(
        IScpOperationInvoker invoker, ScpOperationRequest request, ScpPagingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoker);
        ArgumentNullException.ThrowIfNull(request);
        var style = DetectStyle(request.Operation)
            ?? throw new ArgumentException($"{request.Operation.ToolName} does not page (no page/size or offset/limit query parameters).", nameof(request));
        return CollectAsync(
            async (page, ct) => (await invoker.SendAsync(ForPage(request, page), ct).ConfigureAwait(false)).Body,
            style, options, cancellationToken);
    }

    /// <summary>Collects every item, fetching pages through <paramref name="fetchPage"/>.</summary>
    public static async Task<ScpPagedResult> CollectAsync(
        Func<ScpPageRequest, CancellationToken, Task<ReadOnlyMemory<byte>>> fetchPage,
        ScpPagingStyle style,
        ScpPagingOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        options ??= new ScpPagingOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PageSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxItems, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPages, 1, nameof(options));

        var items = new List<JsonElement>();
        int? total = null;
        long position = 0;
        var pages = 0;
        while (true)
        {
            if (pages >= options.MaxPages)
            {
                return Result(truncated: true);
            }

            var size = Math.Min(options.PageSize, options.MaxItems - items.Count);
            var body = await fetchPage(new ScpPageRequest(style, position, style == ScpPagingStyle.PageSize ? options.PageSize : size), cancellationToken)
                .ConfigureAwait(false);
            pages++;
            var (pageItems, pageTotal) = ReadPage(body, options);
            total ??= pageTotal;
            foreach (var item in pageItems)
            {
                if (items.Count >= options.MaxItems)
                {
                    return Result(truncated: true);
                }

                items.Add(item);
            }

            var asked = style == ScpPagingStyle.PageSize ? options.PageSize : size;
            var finished = pageItems.Count == 0
                || (total is { } t ? items.Count >= t : pageItems.Count < asked);
            if (finished)
            {
                return Result(truncated: false);
            }

            if (items.Count >= options.MaxItems)
            {
                return Result(truncated: true);
            }

            position = style == ScpPagingStyle.PageSize ? position + 1 : position + pageItems.Count;
        }

        ScpPagedResult Result(bool truncated) => new() { Items = items, Pages = pages, TotalCount = total, Truncated = truncated };
    }

    /// <summary>A copy of <paramref name="request"/> asking for <paramref name="page"/> (paging query values replaced, order kept).</summary>
    public static ScpOperationRequest ForPage(ScpOperationRequest request, ScpPageRequest page)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (positionName, sizeName) = page.Style == ScpPagingStyle.PageSize ? ("page", "size") : ("offset", "limit");
        var copy = new ScpOperationRequest { Operation = request.Operation, JsonBody = request.JsonBody };
        foreach (var pair in request.PathValues)
        {
            copy.PathValues.Add(pair);
        }

        foreach (var pair in request.HeaderValues)
        {
            copy.HeaderValues.Add(pair);
        }

        foreach (var pair in request.QueryValues)
        {
            if (pair.Key != positionName && pair.Key != sizeName)
            {
                copy.QueryValues.Add(pair);
            }
        }

        copy.QueryValues.Add(new(positionName, page.Position.ToString(CultureInfo.InvariantCulture)));
        copy.QueryValues.Add(new(sizeName, page.Size.ToString(CultureInfo.InvariantCulture)));
        return copy;
    }

    private static (List<JsonElement> Items, int? Total) ReadPage(ReadOnlyMemory<byte> body, ScpPagingOptions options)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var items = new List<JsonElement>();
        JsonElement array;
        if (root.ValueKind == JsonValueKind.Array)
        {
            array = root;
        }
        else if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"A list page must be a JSON object or array, not {root.ValueKind}.");
        }
        else if (options.ItemsProperty is { } name)
        {
            if (!root.TryGetProperty(name, out array) || array.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"The list page has no array property '{name}'.");
            }
        }
        else if (!root.TryGetProperty("contents", out array) || array.ValueKind != JsonValueKind.Array)
        {
            array = root.EnumerateObject().Select(p => p.Value).FirstOrDefault(v => v.ValueKind == JsonValueKind.Array);
            if (array.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("The list page has no array property holding the items; set ScpPagingOptions.ItemsProperty.");
            }
        }

        foreach (var item in array.EnumerateArray())
        {
            items.Add(item.Clone());
        }

        int? total = null;
        if (root.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in options.TotalCountProperties)
            {
                if (root.TryGetProperty(name, out var count) && count.ValueKind == JsonValueKind.Number && count.TryGetInt32(out var value))
                {
                    total = value;
                    break;
                }
            }
        }

        return (items, total);
    }
}
