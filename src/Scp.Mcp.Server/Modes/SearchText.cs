using System.Text;

namespace Scp.Mcp.Server.Modes;

/// <summary>
/// Turns text into search terms: lower-cased words split at anything but letters and digits and at camelCase,
/// English stop words dropped and light stemming (plural, -ing, -ed, -ion…); Hangul runs become the run with
/// common particles stripped plus its character bigrams, so "스냅샷을" and "스냅샷 목록" meet "파일스토리지 스냅샷".
/// </summary>
internal static class SearchText
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "from", "into", "and", "or", "is", "are", "be",
        "was", "were", "it", "its", "this", "that", "these", "those", "my", "our", "we", "i", "me", "you", "your", "us",
        "do", "does", "did", "can", "could", "should", "would", "will", "please", "who", "where",
        "there", "here", "some", "any", "so", "if", "as", "up", "out", "about", "need", "want", "let", "just",
        "now", "then", "than", "s", "t", "have", "has", "had", "them", "they", "their", "one", "via", "also", "not",
        "m", "ll", "ve", "d", "am", "like", "looking", "trying", "wanna", "help", "kindly",
    };

    private static readonly string[][] StemRules =
    [
        ["ies", "y"], ["sses", "ss"], ["ations", "ate"], ["ation", "ate"], ["ings", ""], ["ing", ""], ["edly", ""],
        ["ed", ""], ["es", ""], ["s", ""],
    ];

    private static readonly string[] Particles =
    [
        "해주세요", "해줄래", "으로는", "에서는", "주세요", "하고싶", "에서", "으로", "에게", "까지", "부터", "하고", "이랑", "해줘",
        "해서", "하기", "하는", "해야", "할래", "줘",
        "을", "를", "이", "가", "은", "는", "의", "에", "로", "와", "과", "도", "만", "랑",
    ];

    /// <summary>Search terms of <paramref name="text"/>, in order, repeats kept.</summary>
    public static List<string> Terms(string text) => Terms(Words(text));

    /// <summary>Search terms of <paramref name="words"/> (from <see cref="Words"/>), in order, repeats kept.</summary>
    public static List<string> Terms(List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var terms = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (IsHangul(word[0]))
            {
                var stripped = StripParticle(word);
                terms.Add(stripped);
                for (var i = 0; i + 1 < stripped.Length; i++)
                {
                    terms.Add(string.Concat("§", stripped.AsSpan(i, 2)));
                }
            }
            else if (!StopWords.Contains(word))
            {
                terms.Add(Stem(word));
            }
        }

        return terms;
    }

    /// <summary>Lower-cased words of <paramref name="text"/>: runs of letters or digits, split at camelCase and between scripts.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var previous = '\0';
        foreach (var c in text ?? string.Empty)
        {
            var letterOrDigit = char.IsLetterOrDigit(c);
            var boundary = current.Length > 0 && (!letterOrDigit
                || (char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous)))
                || IsHangul(c) != IsHangul(previous));
            if (boundary)
            {
                words.Add(current.ToString());
                current.Clear();
            }

            if (letterOrDigit)
            {
                current.Append(char.ToLowerInvariant(c));
            }

            previous = c;
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>
    /// The hyphen-joined tokens of <paramref name="text"/>, lower-cased ("vg-01", "point-in-time"): runs of letters or digits
    /// joined by single hyphens, at least two of them.
    /// </summary>
    public static IEnumerable<string> Hyphenated(string text) => HyphenatedSpans(text ?? string.Empty).Select(s => s.Token);

    /// <summary>
    /// Splits the resource names out of <paramref name="text"/>: a hyphen-joined token that is not one of
    /// <paramref name="compounds"/> (the catalogue's own hyphenated words, "point-in-time") is a name such as the docs'
    /// "vg-01", "replica-bs-01" or "cluster-test". Its first part stays in the text (names lead with their kind: "vg",
    /// "bs", "replica"); the other parts ("oracle", "old-scratch", "01") are returned apart, as they name the resource, not
    /// what to do with it.
    /// </summary>
    public static (string Text, string NameParts) SplitNames(string text, IReadOnlySet<string> compounds)
    {
        text ??= string.Empty;
        var kept = new StringBuilder(text.Length);
        var parts = new StringBuilder();
        var at = 0;
        foreach (var (start, length, token) in HyphenatedSpans(text))
        {
            if (compounds.Contains(token))
            {
                continue;
            }

            var dash = token.IndexOf('-', StringComparison.Ordinal);
            kept.Append(text, at, start - at).Append(text, start, dash).Append(' ');
            parts.Append(token, dash + 1, token.Length - dash - 1).Append(' ');
            at = start + length;
        }

        kept.Append(text, at, text.Length - at);
        return (kept.ToString(), parts.ToString());
    }

    private static IEnumerable<(int Start, int Length, string Token)> HyphenatedSpans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var hyphens = 0;
            while (true)
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                if (i + 1 < text.Length && text[i] == '-' && char.IsLetterOrDigit(text[i + 1]))
                {
                    hyphens++;
                    i++;
                    continue;
                }

                break;
            }

            if (hyphens > 0)
            {
                yield return (start, i - start, text[start..i].ToLowerInvariant());
            }
        }
    }

    /// <summary>
    /// How often <paramref name="phrase"/> occurs in <paramref name="words"/> (both from <see cref="Keys"/>). English words
    /// match by stem; a Hangul word matches as a prefix, without a final 기/하기 (particles and verb endings follow).
    /// </summary>
    public static int Count(string[] words, string[] phrase)
    {
        if (phrase.Length == 0)
        {
            return 0;
        }

        var count = 0;
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            if (MatchesAt(words, start, phrase))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="words"/> at <paramref name="start"/>, compared as <see cref="Count"/> does.</summary>
    public static bool MatchesAt(string[] words, int start, string[] phrase)
    {
        if (phrase.Length == 0 || start + phrase.Length > words.Length)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            var word = words[start + j];
            var wanted = phrase[j];
            if (!(word == wanted || (IsHangul(wanted[0]) && word.StartsWith(wanted, StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of <paramref name="text"/> as compared by <see cref="Count"/>: English stems; Hangul without a final 기/하기.</summary>
    public static string[] Keys(string text) => Keys(Words(text));

    /// <summary><see cref="Keys(string)"/> of <paramref name="words"/> (from <see cref="Words"/>).</summary>
    public static string[] Keys(List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var keys = new string[words.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Key(words[i]);
        }

        return keys;
    }

    private static string Key(string word)
    {
        if (!IsHangul(word[0]))
        {
            return Stem(word);
        }

        foreach (var ending in (string[])["하기", "기"])
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    /// <summary>A light English stemmer: enough to meet "snapshots"/"snapshot", "deleting"/"delete", "replication"/"replicate".</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !IsAsciiLetters(word))
        {
            return word;
        }

        foreach (var rule in StemRules)
        {
            if (word.EndsWith(rule[0], StringComparison.Ordinal) && word.Length - rule[0].Length >= 3
                && !(rule[0] == "s" && (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal))))
            {
                var stem = word[..^rule[0].Length] + rule[1];
                if (rule[0] is "es" && !(stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal)))
                {
                    stem = word[..^1]; // "volumes" → "volume", "boxes" → "box"
                }

                return Trim(stem);
            }
        }

        return Trim(word);
    }

    /// <summary>Drops a final silent "e" and doubles, so "delete"/"delet", "running"/"run" meet.</summary>
    private static string Trim(string stem)
    {
        if (stem.Length > 3 && stem.EndsWith('e'))
        {
            stem = stem[..^1];
        }

        if (stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('s' or 'l'))
        {
            stem = stem[..^1];
        }

        return stem;
    }

    private static string StripParticle(string word)
    {
        foreach (var particle in Particles)
        {
            if (word.Length > particle.Length + 1 && word.EndsWith(particle, StringComparison.Ordinal))
            {
                return word[..^particle.Length];
            }
        }

        return word;
    }

    private static bool IsAsciiLetters(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';
}
