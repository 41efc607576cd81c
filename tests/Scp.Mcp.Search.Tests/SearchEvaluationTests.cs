using System.Text.RegularExpressions;
using Scp.Mcp.Tests.Common;
using Scp.Sdk.Catalog;
using Xunit;
using Xunit.Abstractions;

namespace Scp.Mcp.Search.Tests;

/// <summary>
/// The search's quality on the evaluation set, with floors just under the figures reached (docs/search.md; targets
/// Hit@1 85%, Hit@3 97%, MRR 0.90), the rules of the evaluation and development sets, and the example requests' own
/// (cover every operation, copy no evaluation request). The ranking is tuned on the development set; earlier rounds
/// looked at the odd ids, so the even ids are the held-out check of those.
/// </summary>
public sealed partial class SearchEvaluationTests(ITestOutputHelper output)
{
    private const double Hit1Floor = 0.88, Hit3Floor = 0.98, MrrFloor = 0.93;

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
        AssertRulesOfEverySet(requests, "request");
    }

    [Fact]
    public void DevelopmentSet_FollowsItsOwnRules() => AssertRulesOfEverySet(SearchEvaluation.Development, "development request");

    /// <summary>≥ 10 % Korean, distinct ids, every expected name a real tool, every offered operation wanted.</summary>
    private static void AssertRulesOfEverySet(IReadOnlyList<EvaluationRequest> requests, string what)
    {
        Assert.True(requests.Count(r => r.Language == "ko") >= 0.1 * requests.Count, "fewer than 10% Korean requests");
        Assert.Equal(requests.Count, requests.Select(r => r.Id).Distinct().Count());
        var tools = SearchEvaluation.Operations.Select(o => o.ToolName).ToHashSet();
        Assert.All(requests, r => Assert.All(r.Expected, e => Assert.Contains(e, tools)));
        var unwanted = tools.Where(t => !requests.Any(r => r.Expected.Contains(t))).ToList();
        Assert.True(unwanted.Count == 0, $"operations no {what} wants: " + string.Join(", ", unwanted));
    }

    [Fact]
    public void ExampleRequests_CoverEveryOfferedOperationInEnglishAndKorean()
    {
        var thin = SearchEvaluation.Operations
            .Select(o => (o.ToolName, Requests: ScpSearchVocabulary.Requests(o.Api.Product, o.OperationId)))
            .Where(o => o.Requests.Count(r => !Hangul().IsMatch(r)) < 5 || o.Requests.Count(r => Hangul().IsMatch(r)) < 2)
            .Select(o => o.ToolName).ToList();
        Assert.True(thin.Count == 0, "operations with fewer than 5 English or 2 Korean example requests in search.json: " + string.Join(", ", thin));
    }

    /// <summary>
    /// The example requests (indexed) and the development set (tuned on) were written blind to the evaluation set: none may
    /// repeat an evaluation request — the same words, or, from five words up, three quarters of the words of both in common.
    /// </summary>
    [Fact]
    public void ExampleRequestsAndDevelopmentSet_RepeatNoEvaluationRequest()
    {
        var evaluation = SearchEvaluation.Requests.Select(r => (r.Id, Words: Words(r.Request))).ToList();
        var written = SearchEvaluation.Operations.SelectMany(o => ScpSearchVocabulary.Requests(o.Api.Product, o.OperationId)
                .Select(r => ("search.json requests of " + o.ToolName, r)))
            .Concat(SearchEvaluation.Development.Select(r => ("search-dev.json " + r.Id, r.Request)));
        var copies = new List<string>();
        foreach (var (source, request) in written)
        {
            var words = Words(request);
            foreach (var (id, other) in evaluation)
            {
                var shared = words.Intersect(other).Count();
                var jaccard = shared / (double)words.Union(other).Count();
                if (words.SetEquals(other) || (words.Count >= 5 && other.Count >= 5 && jaccard >= 0.75))
                {
                    copies.Add($"{source} \"{request}\" repeats evaluation request {id} (Jaccard {jaccard:F2})");
                }
            }
        }

        Assert.True(copies.Count == 0, string.Join(Environment.NewLine, copies));
    }

    private static HashSet<string> Words(string text) =>
        [.. Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{Nd}]+").Where(w => w.Length > 0)];

    [GeneratedRegex("[\uAC00-\uD7A3]")]
    private static partial Regex Hangul();

    [Fact]
    public void Search_EveryRequest_AnswersWithin10MillisecondsAtP95()
    {
        var (p50, p95) = SearchEvaluation.Latency();
        output.WriteLine($"p50 {p50:F3} ms, p95 {p95:F3} ms");
        Assert.True(p95 <= 10, $"p95 {p95:F2} ms is over 10 ms");
    }
}
