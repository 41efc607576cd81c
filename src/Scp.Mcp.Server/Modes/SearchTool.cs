using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Scp.Mcp.Server.Modes;

/// <summary>
/// <c>scp_search_operations</c>. Its index (<see cref="OperationSearch"/>, ≈ 60–80 ms to build over the example requests)
/// is built once, on first need: the first search, or earlier, in the background, as soon as a client is shown the
/// discover tools (<see cref="AddWarmUpFilter"/>) — the agent's first search comes seconds later and finds it ready. A
/// client shown one tool per operation never pays for it.
/// </summary>
internal sealed class SearchTool(Tool definition, Lazy<OperationSearch> index, Func<OperationSearch, IDictionary<string, JsonElement>?, CallToolResult> search)
    : McpServerTool
{
    private int _warmUpRequested;

    /// <inheritdoc/>
    public override Tool ProtocolTool { get; } = definition;

    /// <inheritdoc/>
    public override IReadOnlyList<object> Metadata => [];

    /// <summary>True once a background build was asked for (<see cref="WarmUp"/>).</summary>
    public bool WarmUpRequested => Volatile.Read(ref _warmUpRequested) == 1;

    /// <summary>True once the index exists.</summary>
    public bool IsIndexBuilt => index.IsValueCreated;

    /// <summary>Starts building the index on a thread-pool thread, once; a search meanwhile waits for the same build.</summary>
    public void WarmUp()
    {
        if (Interlocked.Exchange(ref _warmUpRequested, 1) == 0 && !index.IsValueCreated)
        {
            // A failed build is reported by the search that needs it (Lazy keeps the exception); here it is only observed.
            _ = Task.Run(() => index.Value).ContinueWith(t => _ = t.Exception, CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <inheritdoc/>
    public override ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(search(index.Value, request.Params?.Arguments));
    }

    /// <summary>
    /// Adds the <c>tools/list</c> filter that warms the index of the search tool in <paramref name="options"/> when the
    /// listing client gets the discover tools (<see cref="ClientToolSets.Resolve"/>); nothing when there is no search tool.
    /// </summary>
    public static void AddWarmUpFilter(McpServerOptions options, ScpServerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        if (options.ToolCollection?.OfType<SearchTool>().FirstOrDefault() is not { } tool)
        {
            return;
        }

        options.Filters.Request.ListToolsFilters.Add(next => async (context, cancellationToken) =>
        {
            if (ClientToolSets.Resolve(settings.ToolMode, context.Server.ClientInfo?.Name) == ToolMode.Discover)
            {
                tool.WarmUp();
            }

            return await next(context, cancellationToken);
        });
    }
}
