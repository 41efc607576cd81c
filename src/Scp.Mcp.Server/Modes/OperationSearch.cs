using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Modes;

/// <summary>
/// Ranks operations for a request written the way engineers talk (docs/search.md): BM25F over weighted fields — tool
/// name, English title, aliases and product terms from the search vocabulary, description and the docs' summary (Korean
/// originals included) — with query expansion from the synonym groups, light English stemming and Korean character
/// bigrams (Hangul words carry particles and are often written without spaces). The index is built once per operation list.
/// </summary>
internal sealed class OperationSearch
{
    private const double K1 = 1.2, B = 0.5, ExpansionWeight = 0.35;

    /// <summary>Field weights, in <see cref="Field"/> order.</summary>
    private static readonly double[] Weights = [3.0, 2.5, 2.5, 1.0, 0.6, 0.8];

    private readonly ScpOperationDescriptor[] _operations;
    private readonly Dictionary<string, int>[][] _fields; // [operation][field] term → frequency
    private readonly int[][] _lengths;
    private readonly double[] _averageLengths;
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly List<(List<string>[] Members, string[][] Tokens)> _synonyms;

    private enum Field { Name, Title, Aliases, Description, ProductTerms, Summary }

    /// <summary>Builds the index over <paramref name="operations"/> (the offered ones).</summary>
    public OperationSearch(IEnumerable<ScpOperationDescriptor> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        _operations = [.. operations];
        var fieldCount = Weights.Length;
        _fields = new Dictionary<string, int>[_operations.Length][];
        _lengths = new int[_operations.Length][];
        _averageLengths = new double[fieldCount];
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _operations.Length; i++)
        {
            var operation = _operations[i];
            var texts = new string[fieldCount];
            texts[(int)Field.Name] = operation.ToolName.Replace('_', ' ') + " " + operation.OperationId;
            texts[(int)Field.Title] = operation.Title;
            texts[(int)Field.Aliases] = string.Join(" | ", ScpSearchVocabulary.Aliases(operation.Api.Product, operation.OperationId));
            texts[(int)Field.Description] = operation.Description;
            texts[(int)Field.ProductTerms] = operation.Api.Product.Replace('-', ' ') + " " + operation.Api.ServiceName + " "
                + string.Join(" | ", ScpSearchVocabulary.ProductTerms(operation.Api.Product));
            texts[(int)Field.Summary] = operation.Summary;
            _fields[i] = new Dictionary<string, int>[fieldCount];
            _lengths[i] = new int[fieldCount];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var f = 0; f < fieldCount; f++)
            {
                var terms = SearchText.Terms(texts[f]);
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var term in terms)
                {
                    counts[term] = counts.GetValueOrDefault(term) + 1;
                    if (seen.Add(term))
                    {
                        documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
                    }
                }

                _fields[i][f] = counts;
                _lengths[i][f] = terms.Count;
                _averageLengths[f] += terms.Count;
            }
        }

        for (var f = 0; f < fieldCount; f++)
        {
            _averageLengths[f] = _operations.Length == 0 ? 1 : Math.Max(1, _averageLengths[f] / _operations.Length);
        }

        var n = _operations.Length;
        foreach (var (term, df) in documentFrequency)
        {
            _idf[term] = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
        }

        _synonyms = [.. ScpSearchVocabulary.SynonymGroups.Select(g =>
            (g.Select(SearchText.Words).ToArray(), g.Select(m => SearchText.Terms(m).ToArray()).ToArray()))];
    }

    /// <summary>The best matches for <paramref name="query"/>, best first; ties by tool name. An empty query lists operations by name.</summary>
    public IReadOnlyList<ScpOperationDescriptor> Search(string query, int limit)
    {
        var weights = QueryTerms(query ?? string.Empty);
        var scored = new List<(ScpOperationDescriptor Operation, double Score)>(_operations.Length);
        for (var i = 0; i < _operations.Length; i++)
        {
            var score = weights.Count == 0 ? 1 : Score(i, weights);
            if (score > 0)
            {
                scored.Add((_operations[i], score));
            }
        }

        return [.. scored
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Operation.ToolName, StringComparer.Ordinal)
            .Take(Math.Max(1, limit))
            .Select(x => x.Operation)];
    }

    /// <summary>The query's terms with their weights: typed terms 1, terms of synonyms of a typed word or phrase <see cref="ExpansionWeight"/>.</summary>
    private Dictionary<string, double> QueryTerms(string query)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in SearchText.Terms(query))
        {
            weights[term] = 1;
        }

        var words = SearchText.Words(query);
        foreach (var (members, tokens) in _synonyms)
        {
            if (!members.Any(m => SearchText.Contains(words, m)))
            {
                continue;
            }

            foreach (var term in tokens.SelectMany(t => t))
            {
                weights[term] = Math.Max(weights.GetValueOrDefault(term), ExpansionWeight);
            }
        }

        return weights;
    }

    private double Score(int document, Dictionary<string, double> query)
    {
        double score = 0;
        var fields = _fields[document];
        var lengths = _lengths[document];
        foreach (var (term, weight) in query)
        {
            if (!_idf.TryGetValue(term, out var idf))
            {
                continue;
            }

            double tf = 0;
            for (var f = 0; f < fields.Length; f++)
            {
                if (fields[f].TryGetValue(term, out var count))
                {
                    tf += Weights[f] * count / (1 - B + (B * lengths[f] / _averageLengths[f]));
                }
            }

            if (tf > 0)
            {
                score += weight * idf * tf / (K1 + tf);
            }
        }

        return score;
    }
}
