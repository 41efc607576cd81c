using System.Diagnostics;
using System.Text.Json;
using Scp.Mcp.Server.Modes;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Tests.Common;

/// <summary>One request of the evaluation set.</summary>
internal sealed record EvaluationRequest(string Id, string Request, string Language, bool Paraphrase, IReadOnlyList<string> Expected)
{
    /// <summary>"odd" or "even" by the number in the id (r001 is odd): the tuning half and the held-out half.</summary>
    public string Half => int.Parse(Id.AsSpan(Id.AsSpan().IndexOfAnyInRange('0', '9')), System.Globalization.CultureInfo.InvariantCulture) % 2 == 1 ? "odd" : "even";
}

/// <summary>Hit@1, Hit@3 and MRR of a set of ranked answers.</summary>
internal sealed record SearchFigures(int Count, double Hit1, double Hit3, double Mrr)
{
    public override string ToString() => $"n={Count,3}  Hit@1 {Hit1:P1}  Hit@3 {Hit3:P1}  MRR {Mrr:F3}";
}

/// <summary>
/// Runs the evaluation set (tests/Evaluation/search-requests.json) through the real search over the real catalogue: the
/// one evaluator behind the search tests' floors and the benchmarks' <c>-- search</c> report (docs/search.md).
/// </summary>
internal static class SearchEvaluation
{
    public static IReadOnlyList<EvaluationRequest> Requests { get; } = Load("search-requests.json");

    /// <summary>
    /// The development set (tests/Evaluation/search-dev.json): requests written blind, by other writers than the evaluation
    /// set's and the example requests', for tuning the ranking; the evaluation set is then measured, never tuned on.
    /// </summary>
    public static IReadOnlyList<EvaluationRequest> Development { get; } = Load("search-dev.json");

    /// <summary>The offered operations of a no-flag server (current, not hidden).</summary>
    public static IReadOnlyList<ScpOperationDescriptor> Operations { get; } =
        [.. ScpCatalog.Operations.Where(o => o.IsCurrent && !o.Hidden).OrderBy(o => o.ToolName, StringComparer.Ordinal)];

    public static OperationSearch Search { get; } = new(Operations);

    /// <summary>1-based rank of the first expected tool in the top 10 of <paramref name="search"/> (default: the server's search), or 0.</summary>
    public static int Rank(EvaluationRequest request, Func<string, int, IReadOnlyList<ScpOperationDescriptor>>? search = null)
    {
        var results = (search ?? Search.Search)(request.Request, 10);
        for (var i = 0; i < results.Count; i++)
        {
            if (request.Expected.Contains(results[i].ToolName))
            {
                return i + 1;
            }
        }

        return 0;
    }

    public static SearchFigures Measure(IEnumerable<EvaluationRequest> requests, Func<string, int, IReadOnlyList<ScpOperationDescriptor>>? search = null)
    {
        var ranks = requests.Select(r => Rank(r, search)).ToList();
        return ranks.Count == 0
            ? new SearchFigures(0, 0, 0, 0)
            : new SearchFigures(ranks.Count, ranks.Count(r => r == 1) / (double)ranks.Count, ranks.Count(r => r is >= 1 and <= 3) / (double)ranks.Count,
                ranks.Sum(r => r == 0 ? 0 : 1.0 / r) / ranks.Count);
    }

    /// <summary>The figures of the whole set and of each group (language, tuning/held-out half, paraphrase or not), one line each.</summary>
    public static IEnumerable<(string Group, SearchFigures Figures)> Groups(Func<string, int, IReadOnlyList<ScpOperationDescriptor>>? search = null)
    {
        yield return ("all", Measure(Requests, search));
        foreach (var group in Requests.GroupBy(r => "half " + r.Half + (r.Half == "odd" ? " (read in rounds 1-6)" : " (held out)"))
            .Concat(Requests.GroupBy(r => "lang " + r.Language))
            .Concat(Requests.GroupBy(r => r.Paraphrase ? "paraphrase" : "shared words")))
        {
            yield return (group.Key, Measure(group, search));
        }
    }

    /// <summary>
    /// p50 and p95 latency in milliseconds of one search over every request, after one warm-up pass; each request's time is
    /// the median of 5 runs, so another process taking the core for a moment does not count as the search's time.
    /// </summary>
    public static (double P50, double P95) Latency(Func<string, int, IReadOnlyList<ScpOperationDescriptor>>? search = null)
    {
        search ??= Search.Search;
        foreach (var request in Requests)
        {
            search(request.Request, 5);
        }

        var times = new List<double>();
        foreach (var request in Requests)
        {
            var runs = new double[5];
            for (var i = 0; i < runs.Length; i++)
            {
                var watch = Stopwatch.StartNew();
                search(request.Request, 5);
                runs[i] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(runs);
            times.Add(runs[runs.Length / 2]);
        }

        times.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1]);
    }

    private static List<EvaluationRequest> Load(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "Evaluation", file)));
        return [.. document.RootElement.GetProperty("requests").EnumerateArray().Select(r => new EvaluationRequest(
            r.GetProperty("id").GetString()!,
            r.GetProperty("request").GetString()!,
            r.GetProperty("language").GetString()!,
            r.GetProperty("paraphrase").GetBoolean(),
            [.. r.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!)]))];
    }
}
