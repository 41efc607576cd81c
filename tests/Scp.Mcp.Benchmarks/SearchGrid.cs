using System.Globalization;
using Scp.Mcp.Server.Modes;
using Scp.Mcp.Tests.Common;

namespace Scp.Mcp.Benchmarks;

/// <summary>
/// Measures the search's ranking parameters (<see cref="SearchTuning"/>) on the tuning half (odd ids) only, so a grid
/// never reads the held-out half (docs/search.md). <c>-- search-grid</c> sweeps each parameter alone around the
/// defaults; <c>-- search-grid Name=v1,v2 Name=v3,…</c> measures every combination of the values given. Names:
/// K1, PairWeight, ConceptWeight, NameWeight, CoverageBonus, ProductBonus, ActionBonus, MembershipBonus, ValueBonus, and W.&lt;field&gt; / B.&lt;field&gt; for
/// the fields name, title, aliases, description, product, summary, requests. With one point, <c>--misses</c> adds its misses on
/// the tuning half and <c>--check</c> its figures on every group, the held-out half included (once per kept change).
/// <c>--dev</c> tunes on the development set (tests/Evaluation/search-dev.json) instead of the odd ids, so both halves
/// of the evaluation set stay held out.
/// </summary>
internal static class SearchGrid
{
    private static readonly string[] Fields = ["name", "title", "aliases", "description", "product", "summary", "requests"];

    public static int Run(TextWriter output, IReadOnlyList<string> arguments)
    {
        var misses = arguments.Contains("--misses");
        var check = arguments.Contains("--check");
        var axes = new List<(string Name, double[] Values)>();
        foreach (var argument in arguments.Where(a => !a.StartsWith("--", StringComparison.Ordinal)))
        {
            var parts = argument.Split('=', 2);
            if (parts.Length != 2 || !TryApply(SearchTuning.Default, parts[0], 0, out _))
            {
                output.WriteLine($"search-grid: '{argument}' is not Name=v1,v2,… with a Name of K1, PairWeight, ConceptWeight, NameWeight, CoverageBonus, ProductBonus, ActionBonus, MembershipBonus, ValueBonus, W.<field>, B.<field> (fields: {string.Join(", ", Fields)})");
                return 2;
            }

            axes.Add((parts[0], [.. parts[1].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture))]));
        }

        if ((misses || check) && axes.Any(a => a.Values.Length != 1))
        {
            output.WriteLine("search-grid: --misses and --check take one point (one value per name)");
            return 2;
        }

        var dev = arguments.Contains("--dev");
        List<EvaluationRequest> tuning = dev ? [.. SearchEvaluation.Development] : [.. SearchEvaluation.Requests.Where(r => r.Half == "odd")];
        output.WriteLine(dev
            ? $"Search grid on the development set (tests/Evaluation/search-dev.json, n={tuning.Count}); defaults: {Describe(SearchTuning.Default)}"
            : $"Search grid on the tuning half (odd ids, n={tuning.Count}); defaults: {Describe(SearchTuning.Default)}");
        output.WriteLine();
        output.WriteLine("| Point | Hit@1 | Hit@3 | MRR |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var point in axes.Count > 0 ? Combinations(axes) : Sweeps())
        {
            var settings = SearchTuning.Default;
            foreach (var (name, value) in point)
            {
                TryApply(settings, name, value, out settings);
            }

            var search = new OperationSearch(SearchEvaluation.Operations, settings);
            var f = SearchEvaluation.Measure(tuning, search.Search);
            var label = point.Count == 0 ? "defaults" : string.Join(" ", point.Select(p => $"{p.Name}={p.Value.ToString(CultureInfo.InvariantCulture)}"));
            output.WriteLine($"| {label} | {f.Hit1:P1} | {f.Hit3:P1} | {f.Mrr:F3} |");
            if (misses)
            {
                output.WriteLine();
                foreach (var miss in tuning.Where(r => SearchEvaluation.Rank(r, search.Search) != 1))
                {
                    var top = search.Search(miss.Request, 3).Select(o => o.ToolName);
                    output.WriteLine($"{miss.Id} rank {SearchEvaluation.Rank(miss, search.Search)}: {miss.Request} -> want {string.Join("|", miss.Expected)}; got {string.Join(", ", top)}");
                }
            }

            if (check)
            {
                output.WriteLine();
                foreach (var (group, g) in SearchEvaluation.Groups(search.Search))
                {
                    output.WriteLine($"| {group} | {g.Count} | {g.Hit1:P1} | {g.Hit3:P1} | {g.Mrr:F3} |");
                }
            }
        }

        return 0;
    }

    /// <summary>Each parameter alone over a range around its default, the defaults first.</summary>
    private static IEnumerable<List<(string Name, double Value)>> Sweeps()
    {
        var d = SearchTuning.Default;
        yield return [];
        var scalars = new (string Name, double[] Values)[]
        {
            ("K1", [0.6, 0.9, 1.5, 2.0, 3.0]),
            ("PairWeight", [0, 0.25, 0.75, 1.0]),
            ("ConceptWeight", [0.4, 0.6, 1.0, 1.2]),
            ("CoverageBonus", [0.5, 0.75, 1.25, 1.5]),
            ("ProductBonus", [0.25, 0.75, 1.0]),
            ("ActionBonus", [0, 0.15, 0.45, 0.6]),
            ("MembershipBonus", [0.15, 0.45]),
            ("NameWeight", [0, 0.1, 0.5, 1.0]),
            ("ValueBonus", [0, 0.15, 0.5]),
        };
        foreach (var (name, values) in scalars)
        {
            foreach (var value in values)
            {
                yield return [(name, value)];
            }
        }

        for (var f = 0; f < Fields.Length; f++)
        {
            foreach (var factor in (double[])[0.5, 0.75, 1.25, 1.5])
            {
                yield return [("W." + Fields[f], Math.Round(d.Weights[f] * factor, 3))];
            }

            foreach (var b in (double[])[0, 0.25, 0.5, 0.75, 1.0])
            {
                if (Math.Abs(b - d.B[f]) > 1e-9)
                {
                    yield return [("B." + Fields[f], b)];
                }
            }
        }
    }

    private static IEnumerable<List<(string Name, double Value)>> Combinations(List<(string Name, double[] Values)> axes)
    {
        IEnumerable<List<(string Name, double Value)>> points = [[]];
        foreach (var (name, values) in axes)
        {
            points = [.. points.SelectMany(p => values.Select(v => new List<(string, double)>(p) { (name, v) }))];
        }

        return points;
    }

    private static bool TryApply(SearchTuning tuning, string name, double value, out SearchTuning result)
    {
        result = name switch
        {
            "K1" => tuning with { K1 = value },
            "PairWeight" => tuning with { PairWeight = value },
            "ConceptWeight" => tuning with { ConceptWeight = value },
            "CoverageBonus" => tuning with { CoverageBonus = value },
            "ProductBonus" => tuning with { ProductBonus = value },
            "ActionBonus" => tuning with { ActionBonus = value },
            "MembershipBonus" => tuning with { MembershipBonus = value },
            "NameWeight" => tuning with { NameWeight = value },
            "ValueBonus" => tuning with { ValueBonus = value },
            _ when name.StartsWith("W.", StringComparison.Ordinal) && Array.IndexOf(Fields, name[2..]) is var w and >= 0 =>
                tuning with { Weights = With(tuning.Weights, w, value) },
            _ when name.StartsWith("B.", StringComparison.Ordinal) && Array.IndexOf(Fields, name[2..]) is var b and >= 0 =>
                tuning with { B = With(tuning.B, b, value) },
            _ => null!,
        };
        return result is not null;
    }

    private static double[] With(IReadOnlyList<double> values, int index, double value)
    {
        var copy = values.ToArray();
        copy[index] = value;
        return copy;
    }

    private static string Describe(SearchTuning t) =>
        FormattableString.Invariant($"K1={t.K1} PairWeight={t.PairWeight} ConceptWeight={t.ConceptWeight} NameWeight={t.NameWeight} ValueBonus={t.ValueBonus} CoverageBonus={t.CoverageBonus} ProductBonus={t.ProductBonus} ActionBonus={t.ActionBonus} MembershipBonus={t.MembershipBonus} W=[{string.Join(", ", t.Weights)}] B=[{string.Join(", ", t.B)}]");
}
