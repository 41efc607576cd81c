using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Modes;

/// <summary>
/// Ranks operations for a request written the way engineers talk (docs/search.md): BM25F over weighted fields — tool
/// name, English title, aliases, example requests and product terms from the search vocabulary, English and original
/// descriptions and the docs' summary (Korean originals included). Besides words (light English stemming; Hangul words without particles plus their character
/// bigrams) it indexes adjacent word pairs, so phrases rank above scattered words, and one concept per synonym group
/// present (<see cref="ScpSearchVocabulary.SynonymGroups"/>), so "disk copy" meets "snapshot" and "볼륨" meets "disk". A request
/// naming a product by its longest product term ("parallel file storage", not just "file storage") lifts that product's operations.
/// The index is built once per operation list; a query reads only the postings of its own terms.
/// </summary>
internal sealed class OperationSearch
{
    private readonly SearchTuning _tuning;
    private readonly ScpOperationDescriptor[] _operations;
    private readonly Dictionary<string, (int Document, double Frequency)[]> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly string[] _conceptTerms; // the index term of each synonym group
    private readonly Dictionary<string, (int Group, string[] Member)[]> _conceptsByWord = new(StringComparer.Ordinal); // members led by an English word, by that word
    private readonly Dictionary<char, (int Group, string[] Member)[]> _conceptsByHangul = []; // members led by a Hangul word (a prefix match), by its first letter
    private readonly HashSet<string> _compounds = new(StringComparer.Ordinal); // the catalogue's hyphenated words ("point-in-time"): not resource names
    private readonly HashSet<string>[][] _nameWords; // per operation, per word of the tool name (prefix dropped): its term and concepts
    private readonly (string Product, string[] Phrase)[] _productPhrases;
    private readonly IReadOnlyList<string>[] _actions;

    private enum Field { Name, Title, Aliases, Description, ProductTerms, Summary, Requests }

    /// <summary>Builds the index over <paramref name="operations"/> (the offered ones), ranking with <paramref name="tuning"/> (default: <see cref="SearchTuning.Default"/>).</summary>
    public OperationSearch(IEnumerable<ScpOperationDescriptor> operations, SearchTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(operations);
        _tuning = tuning ?? SearchTuning.Default;
        if (_tuning.Weights.Count != Enum.GetValues<Field>().Length || _tuning.B.Count != _tuning.Weights.Count)
        {
            throw new ArgumentException($"SearchTuning needs {Enum.GetValues<Field>().Length} field weights and as many b values.", nameof(tuning));
        }

        _operations = [.. operations];
        var members = ScpSearchVocabulary.SynonymGroups
            .SelectMany((group, g) => group.Select(SearchText.Keys).Where(k => k.Length > 0).Select(k => (Group: g, Member: k))).ToList();
        _conceptTerms = [.. Enumerable.Range(0, ScpSearchVocabulary.SynonymGroups.Count).Select(g => "§c" + g)];
        foreach (var byWord in members.Where(m => !SearchText.IsHangul(m.Member[0][0])).GroupBy(m => m.Member[0], StringComparer.Ordinal))
        {
            _conceptsByWord[byWord.Key] = [.. byWord];
        }

        foreach (var byLetter in members.Where(m => SearchText.IsHangul(m.Member[0][0])).GroupBy(m => m.Member[0][0]))
        {
            _conceptsByHangul[byLetter.Key] = [.. byLetter];
        }

        _nameWords = [.. _operations.Select(o => o.ToolName.Split('_').Skip(1)
            .Select(w => Terms(w).Where(t => !t.Term.Contains(' ', StringComparison.Ordinal)).Select(t => t.Term).ToHashSet(StringComparer.Ordinal))
            .Where(set => set.Count > 0).ToArray())];
        _productPhrases = [.. _operations.Select(o => o.Api).DistinctBy(a => a.Product).SelectMany(a =>
            new[] { a.Product.Replace('-', ' '), a.ServiceName }.Concat(ScpSearchVocabulary.ProductTerms(a.Product))
                .Select(t => (a.Product, SearchText.Keys(t))).Where(p => p.Item2.Length > 0))];
        _actions = [.. _operations.Select(o => SearchAction.ActionsOfTool(o.ToolName))];
        var fieldCount = _tuning.Weights.Count;
        var counts = new Dictionary<string, int>[_operations.Length, fieldCount];
        var lengths = new int[_operations.Length, fieldCount];
        var averages = new double[fieldCount];
        var allTexts = new IEnumerable<string>[_operations.Length][];
        for (var i = 0; i < _operations.Length; i++)
        {
            var operation = _operations[i];
            var texts = allTexts[i] = new IEnumerable<string>[fieldCount];
            texts[(int)Field.Name] = [operation.ToolName.Replace('_', ' '), operation.OperationId];
            texts[(int)Field.Title] = [operation.Title];
            texts[(int)Field.Aliases] = ScpSearchVocabulary.Aliases(operation.Api.Product, operation.OperationId);
            texts[(int)Field.Description] = [operation.EnglishDescription ?? string.Empty, operation.Description];
            texts[(int)Field.ProductTerms] = [operation.Api.Product.Replace('-', ' '), operation.Api.ServiceName,
                .. ScpSearchVocabulary.ProductTerms(operation.Api.Product)];
            texts[(int)Field.Summary] = [operation.Summary];
            texts[(int)Field.Requests] = []; // filled below, once every field's hyphenated words are known
            _compounds.UnionWith(texts.SelectMany(t => t).SelectMany(SearchText.Hyphenated));
        }

        for (var i = 0; i < _operations.Length; i++)
        {
            // Example requests carry made-up resource names ("vol-7f2a", "bs-old-01"): indexed as a request is read, by
            // their kind only, so no operation gains from the words of the names its examples happen to use.
            var texts = allTexts[i];
            texts[(int)Field.Requests] = ScpSearchVocabulary.Requests(_operations[i].Api.Product, _operations[i].OperationId)
                .Select(r => SearchText.SplitNames(r, _compounds).Text);
            for (var f = 0; f < fieldCount; f++)
            {
                var field = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var text in texts[f])
                {
                    foreach (var (term, _) in Terms(text))
                    {
                        field[term] = field.GetValueOrDefault(term) + 1;
                        lengths[i, f]++;
                    }
                }

                counts[i, f] = field;
                averages[f] += lengths[i, f];
            }
        }

        for (var f = 0; f < fieldCount; f++)
        {
            averages[f] = Math.Max(1, averages[f] / Math.Max(1, _operations.Length));
        }

        var postings = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        for (var i = 0; i < _operations.Length; i++)
        {
            var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var f = 0; f < fieldCount; f++)
            {
                var norm = 1 - _tuning.B[f] + (_tuning.B[f] * lengths[i, f] / averages[f]);
                foreach (var (term, count) in counts[i, f])
                {
                    frequencies[term] = frequencies.GetValueOrDefault(term) + (_tuning.Weights[f] * count / norm);
                }
            }

            foreach (var (term, frequency) in frequencies)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((i, frequency));
            }
        }

        var n = _operations.Length;
        foreach (var (term, list) in postings)
        {
            _postings[term] = [.. list];
            _idf[term] = Math.Log(1 + ((n - list.Count + 0.5) / (list.Count + 0.5)));
        }
    }

    /// <summary>The best matches for <paramref name="query"/>, best first; ties by tool name. An empty query lists operations by name.</summary>
    public IReadOnlyList<ScpOperationDescriptor> Search(string query, int limit) => [.. Scored(query, limit).Select(hit => hit.Operation)];

    /// <summary><see cref="Search"/> with each hit's BM25F score (after the name, product and action bonuses), for a re-ranker over the top hits.</summary>
    public IReadOnlyList<(ScpOperationDescriptor Operation, double Score)> Scored(string query, int limit)
    {
        query ??= string.Empty;
        var scores = new double[_operations.Length];
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var (text, nameParts) = SearchText.SplitNames(query, _compounds);
        foreach (var (term, weight) in Terms(text))
        {
            weights[term] = Math.Max(weights.GetValueOrDefault(term), weight);
        }

        var nameOnly = new HashSet<string>(StringComparer.Ordinal); // words only a resource name brings: never a request for the tool they name
        foreach (var term in SearchText.Terms(nameParts))
        {
            if (!weights.ContainsKey(term))
            {
                nameOnly.Add(term);
            }

            weights[term] = Math.Max(weights.GetValueOrDefault(term), _tuning.NameWeight);
        }

        foreach (var (term, weight) in weights)
        {
            if (_postings.TryGetValue(term, out var postings))
            {
                var idf = _idf[term];
                foreach (var (document, frequency) in postings)
                {
                    scores[document] += weight * idf * frequency / (_tuning.K1 + frequency);
                }
            }
        }

        var products = MentionedProducts(text);
        var action = SearchAction.Of(query);
        var members = _tuning.MembershipBonus > 0 && SearchAction.ChangesMembers(query, action);
        var replaces = _tuning.ValueBonus > 0 && SearchAction.ReplacesValue(query);
        for (var i = 0; i < scores.Length; i++)
        {
            var words = _nameWords[i];
            if (scores[i] > 0 && words.Length > 0)
            {
                var asked = action is not null && _actions[i].Contains(action);
                var covered = words.Count(w => w.Any(t => weights.ContainsKey(t) && !nameOnly.Contains(t)));
                if (asked && !words[0].Any(t => weights.ContainsKey(t) && !nameOnly.Contains(t)))
                {
                    covered++; // the request asks for the tool's verb in other words ("which …" for list, "wipe" for delete)
                }

                scores[i] *= 1 + (_tuning.CoverageBonus * covered / words.Length);
                if (products.Contains(_operations[i].Api.Product))
                {
                    scores[i] *= 1 + _tuning.ProductBonus;
                }

                if (asked)
                {
                    scores[i] *= 1 + _tuning.ActionBonus;
                }
                else if (members && _actions[i].Contains("update"))
                {
                    scores[i] *= 1 + _tuning.MembershipBonus;
                }

                if (replaces && _actions[i].Contains("update"))
                {
                    scores[i] *= 1 + _tuning.ValueBonus;
                }
            }
        }

        return [.. Enumerable.Range(0, _operations.Length)
            .Where(i => weights.Count == 0 || scores[i] > 0)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => _operations[i].ToolName, StringComparer.Ordinal)
            .Take(Math.Max(1, limit))
            .Select(i => (_operations[i], scores[i]))];
    }

    /// <summary>The products a query names by their longest phrase: "parallel file storage" names only parallel-filestorage.</summary>
    private HashSet<string> MentionedProducts(string query)
    {
        var keys = SearchText.Keys(query);
        var best = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (product, phrase) in _productPhrases)
        {
            if (phrase.Length > best.GetValueOrDefault(product) && SearchText.Count(keys, phrase) > 0)
            {
                best[product] = phrase.Length;
            }
        }

        var longest = best.Count == 0 ? 0 : best.Values.Max();
        return [.. best.Where(p => p.Value == longest).Select(p => p.Key)];
    }

    /// <summary>The index terms of <paramref name="text"/> with their query weights: words, adjacent word pairs and synonym-group concepts.</summary>
    private IEnumerable<(string Term, double Weight)> Terms(string text)
    {
        var split = SearchText.Words(text); // one pass over the text: terms and keys both start from its words
        var terms = SearchText.Terms(split);
        foreach (var term in terms)
        {
            yield return (term, 1);
        }

        string? previous = null;
        foreach (var term in terms)
        {
            if (term[0] is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (previous is not null)
                {
                    yield return (previous + " " + term, _tuning.PairWeight);
                }

                previous = term;
            }
        }

        // One concept per synonym-group member found (SearchText.Count's comparison), looked up by each word rather than by
        // scanning every group: a text meets only the members its own words lead.
        var words = SearchText.Keys(split);
        var occurrences = new int[_conceptTerms.Length];
        for (var i = 0; i < words.Length; i++)
        {
            if (_conceptsByWord.TryGetValue(words[i], out var led))
            {
                Add(led, i);
            }

            if (words[i].Length > 0 && _conceptsByHangul.TryGetValue(words[i][0], out var hangul))
            {
                Add(hangul, i);
            }
        }

        for (var g = 0; g < occurrences.Length; g++)
        {
            for (var k = 0; k < occurrences[g]; k++)
            {
                yield return (_conceptTerms[g], _tuning.ConceptWeight);
            }
        }

        void Add((int Group, string[] Member)[] candidates, int start)
        {
            foreach (var (group, member) in candidates)
            {
                if (SearchText.MatchesAt(words, start, member))
                {
                    occurrences[group]++;
                }
            }
        }
    }
}
