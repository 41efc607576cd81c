using Scp.Mcp.Tests.Common;
using Xunit;
using Xunit.Abstractions;

namespace Scp.Mcp.Search.Tests;

/// <summary>
/// The search's quality on the evaluation set, with floors just under the figures reached (docs/search.md; the targets
/// Hit@1 85%, Hit@3 97%, MRR 0.90 are not reached yet), and the set's own rules. Tuned against the odd ids only; the
/// even ids are the held-out check.
/// </summary>
public sealed class SearchEvaluationTests(ITestOutputHelper output)
{
    private const double Hit1Floor = 0.82, Hit3Floor = 0.945, MrrFloor = 0.885;

    [Fact]
    public void Search_EvaluationSet_MeetsQualityFloors()
    {
        var all = SearchEvaluation.Measure(SearchEvaluation.Requests);
        foreach (var (group, figures) in SearchEvaluation.Groups())
        {
            output.WriteLine($"{group,-22}{figures}");
        }

        foreach (var miss in SearchEvaluation.Requests.Where(r => SearchEvaluation.Rank(r) != 1))
        {
            var top = SearchEvaluation.Search.Search(miss.Request, 3).Select(o => o.ToolName);
            output.WriteLine($"{miss.Id} rank {SearchEvaluation.Rank(miss)}: {miss.Request} → want {string.Join("|", miss.Expected)}; got {string.Join(", ", top)}");
        }

        Assert.True(all.Hit1 >= Hit1Floor, $"Hit@1 {all.Hit1:P1} is below the floor {Hit1Floor:P0}");
        Assert.True(all.Hit3 >= Hit3Floor, $"Hit@3 {all.Hit3:P1} is below the floor {Hit3Floor:P0}");
        Assert.True(all.Mrr >= MrrFloor, $"MRR {all.Mrr:F3} is below the floor {MrrFloor:F2}");
    }

    [Fact]
    public void EvaluationSet_FollowsItsOwnRules()
    {
        var requests = SearchEvaluation.Requests;
        Assert.True(requests.Count >= 150, $"{requests.Count} requests; the set needs at least 150");
        Assert.True(requests.Count(r => r.Paraphrase) >= 0.4 * requests.Count, "fewer than 40% paraphrases");
        Assert.True(requests.Count(r => r.Language == "ko") >= 0.1 * requests.Count, "fewer than 10% Korean requests");
        Assert.Equal(requests.Count, requests.Select(r => r.Id).Distinct().Count());
        var tools = SearchEvaluation.Operations.Select(o => o.ToolName).ToHashSet();
        Assert.All(requests, r => Assert.All(r.Expected, e => Assert.Contains(e, tools)));
        var unwanted = tools.Where(t => !requests.Any(r => r.Expected.Contains(t))).ToList();
        Assert.True(unwanted.Count == 0, "operations no request wants: " + string.Join(", ", unwanted));
    }

    [Fact]
    public void Search_EveryRequest_AnswersWithin10MillisecondsAtP95()
    {
        var (p50, p95) = SearchEvaluation.Latency();
        output.WriteLine($"p50 {p50:F3} ms, p95 {p95:F3} ms");
        Assert.True(p95 <= 10, $"p95 {p95:F2} ms is over 10 ms");
    }
}
