using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Modes;

/// <summary>
/// The action a request asks for, read only from a verb in verb position (docs/search.md): the first word of an English
/// request after a polite or wanting lead-in ("please", "can you", "I want to" …), and the last Hangul word of a Korean
/// request (its verb, before 줘/해줘 …); failing those, a question about what exists ("… do we have") asks for a list. A
/// word used as a noun elsewhere ("the run log", "consistency set") is not read.
/// An operation's action is the verb of its tool name. The words of each action are curation data
/// (<c>specs/search-actions.json</c>, <see cref="ScpSearchVocabulary.Actions"/>).
/// </summary>
internal static class SearchAction
{
    private static readonly Lazy<Vocabulary> Words = new(Load);

    private sealed record Vocabulary(string[][] LeadIns, Dictionary<string, string> English, (string Stem, string Action)[] Korean, Dictionary<string, List<string>> Tool);

    /// <summary>The vocabulary as the matcher compares it: phrases as request words ("what's" is "what s"), lead-ins and Korean stems longest first.</summary>
    private static Vocabulary Load()
    {
        var english = new Dictionary<string, string>(StringComparer.Ordinal);
        var tool = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var korean = new List<(string, string)>();
        foreach (var action in ScpSearchVocabulary.Actions)
        {
            foreach (var verb in action.EnglishVerbs)
            {
                english[string.Join(' ', SearchText.Words(verb))] = action.Name;
            }

            foreach (var verb in action.ToolVerbs)
            {
                var key = verb.ToLowerInvariant();
                if (!tool.TryGetValue(key, out var actions))
                {
                    tool[key] = actions = [];
                }

                actions.Add(action.Name);
            }

            korean.AddRange(action.KoreanStems.Select(stem => (stem, action.Name)));
        }

        return new Vocabulary(
            [.. ScpSearchVocabulary.LeadIns.Select(l => SearchText.Words(l).ToArray()).Where(l => l.Length > 0).OrderByDescending(l => l.Length)],
            english,
            [.. korean.OrderByDescending(k => k.Item1.Length).ThenBy(k => k.Item1, StringComparer.Ordinal)],
            tool);
    }

    /// <summary>The action class of a tool, from the verb after its product prefix; null when the verb is not known.</summary>
    public static string? OfTool(string toolName) => ActionsOfTool(toolName) is [var first, ..] ? first : null;

    /// <summary>
    /// Every action a tool performs, its own first: a verb may serve a broader action too ("list" and "get" both answer a
    /// "read" question such as "how often …").
    /// </summary>
    public static IReadOnlyList<string> ActionsOfTool(string toolName)
    {
        var parts = toolName.Split('_');
        return parts.Length > 1 && Words.Value.Tool.TryGetValue(parts[1], out var actions) ? actions : [];
    }

    /// <summary>The action class <paramref name="request"/> asks for by a verb in verb position; null when none is read.</summary>
    public static string? Of(string request)
    {
        var words = SearchText.Words(request);
        if (words.Count == 0)
        {
            return null;
        }

        var vocabulary = Words.Value;
        var last = words[^1];
        if (SearchText.IsHangul(last[0]))
        {
            foreach (var (stem, action) in vocabulary.Korean)
            {
                if (last.StartsWith(stem, StringComparison.Ordinal))
                {
                    return action;
                }
            }
        }

        return OpeningVerb(words, vocabulary) ?? (AsksWhatExists(words) ? "list" : null);
    }

    /// <summary>
    /// True when <paramref name="request"/> replaces a value with another ("… instead of 10", "rather than hourly", Korean
    /// "… 대신"): a change to an existing setting, which an update performs.
    /// </summary>
    public static bool ReplacesValue(string request)
    {
        var words = SearchText.Words(request);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "대신" || (i + 1 < words.Count && (words[i], words[i + 1]) is ("instead", "of") or ("rather", "than")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The action of the verb opening <paramref name="words"/> after any lead-ins, one word or a verb and its particle.</summary>
    private static string? OpeningVerb(List<string> words, Vocabulary vocabulary)
    {
        var start = 0;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var leadIn in vocabulary.LeadIns)
            {
                if (start + leadIn.Length < words.Count && leadIn.Select((w, i) => words[start + i] == w).All(b => b))
                {
                    start += leadIn.Length;
                    changed = true;
                    break;
                }
            }
        }

        if (start + 1 < words.Count && vocabulary.English.TryGetValue(words[start] + " " + words[start + 1], out var pair))
        {
            return pair;
        }

        return vocabulary.English.GetValueOrDefault(words[start]);
    }

    /// <summary>
    /// True when <paramref name="request"/> adds something to or removes something from a collection ("remove vm-3 from
    /// the access list", "add a disk to the group", Korean "…에서 … 빼줘", "…에 … 추가해줘"): the collection's update
    /// fits as well as a create or delete.
    /// </summary>
    public static bool ChangesMembers(string request, string? action)
    {
        if (action is not ("create" or "delete"))
        {
            return false;
        }

        foreach (var word in SearchText.Words(request))
        {
            if (action == "delete" ? word is "from" || (word.Length > 3 && word.EndsWith("에서", StringComparison.Ordinal))
                : word is "to" or "into" || (word.Length > 2 && SearchText.IsHangul(word[0]) && word.EndsWith('에')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A question about what exists ("… do we have", "… exist", "are there …") asks for a list.</summary>
    private static bool AsksWhatExists(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "exist" or "exists"
                || (i + 2 < words.Count && words[i] is "do" or "did" && words[i + 1] is "we" or "i" && words[i + 2] == "have")
                || (i + 1 < words.Count && words[i] == "are" && words[i + 1] == "there"))
            {
                return true;
            }
        }

        return false;
    }
}
