using Scp.Mcp.Server.Modes;
using Scp.Mcp.Tests.Common;

namespace Scp.Mcp.Benchmarks;

/// <summary>
/// Prints the operation search's Hit@1, Hit@3 and MRR on tests/Evaluation/search-requests.json (all, odd ids tuned on,
/// even ids held out, English, Korean, paraphrases) and its p50/p95 latency per query, through the same evaluator as the
/// search tests' floors. Run: <c>dotnet run -c Release --project tests/Scp.Mcp.Benchmarks -- search</c> (docs/search.md).
/// </summary>
internal static class SearchReport
{
    /// <param name="output">Where the table goes.</param>
    /// <param name="misses">Also print the tuning half's misses (odd ids only; the held-out half's are never printed).</param>
    /// <param name="dev">With <paramref name="misses"/>: the development set's misses instead of the odd ids'.</param>
    public static int Run(TextWriter output, bool misses = false, bool dev = false)
    {
        output.WriteLine($"Operation search, {SearchEvaluation.Requests.Count} requests over {SearchEvaluation.Operations.Count} operations");
        output.WriteLine();
        output.WriteLine("| Set | n | Hit@1 | Hit@3 | MRR |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (group, f) in SearchEvaluation.Groups())
        {
            output.WriteLine($"| {group} | {f.Count} | {f.Hit1:P1} | {f.Hit3:P1} | {f.Mrr:F3} |");
        }

        var d = SearchEvaluation.Measure(SearchEvaluation.Development);
        output.WriteLine($"| development set (tuned on) | {d.Count} | {d.Hit1:P1} | {d.Hit3:P1} | {d.Mrr:F3} |");
        foreach (var group in SearchEvaluation.Development.GroupBy(r => r.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var f = SearchEvaluation.Measure(group);
            output.WriteLine($"| … development, lang {group.Key} | {f.Count} | {f.Hit1:P1} | {f.Hit3:P1} | {f.Mrr:F3} |");
        }

        if (misses)
        {
            output.WriteLine();
            foreach (var miss in (dev ? SearchEvaluation.Development : SearchEvaluation.Requests.Where(r => r.Half == "odd")).Where(r => SearchEvaluation.Rank(r) != 1))
            {
                var top = SearchEvaluation.Search.Search(miss.Request, 3).Select(o => o.ToolName);
                output.WriteLine($"{miss.Id} rank {SearchEvaluation.Rank(miss)}: {miss.Request} -> want {string.Join("|", miss.Expected)}; got {string.Join(", ", top)}");
            }

            output.WriteLine();
        }

        var (p50, p95) = SearchEvaluation.Latency();
        output.WriteLine($"| latency per query | | p50 {p50:F2} ms | p95 {p95:F2} ms | target <= 10 ms |");
        var (build, allocated, retained) = IndexCost();
        output.WriteLine(FormattableString.Invariant($"| index build (first search), median of 7 | | {build:F1} ms | {allocated / 1024.0 / 1024:F1} MiB allocated | {retained / 1024.0 / 1024:F1} MiB retained |"));
        output.WriteLine();
        output.WriteLine("Embedding re-ranker beside this lexical ranking (measured, not adopted; docs/search.md): build with -p:EmbeddingExperiment=true, then -- search --embedding [arctic,minilm] [threads]");
        return 0;
    }

    /// <summary>Building the index over the offered operations (what the first search pays): median time, bytes allocated, bytes it keeps.</summary>
    private static (double Milliseconds, long Allocated, long Retained) IndexCost()
    {
        _ = new OperationSearch(SearchEvaluation.Operations).Search("warm up", 5);
        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            _ = new OperationSearch(SearchEvaluation.Operations);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var index = new OperationSearch(SearchEvaluation.Operations);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(index);
        return (times[times.Count / 2], allocated, retained);
    }

    /// <summary>Each request's top 10 with their scores (after the bonuses).</summary>
    public static int Query(TextWriter output, IReadOnlyList<string> requests)
    {
        foreach (var request in requests)
        {
            output.WriteLine(request);
            foreach (var (operation, score) in SearchEvaluation.Search.Scored(request, 10))
            {
                output.WriteLine(FormattableString.Invariant($"  {score,8:F3}  {operation.ToolName}"));
            }
        }

        return 0;
    }
}
