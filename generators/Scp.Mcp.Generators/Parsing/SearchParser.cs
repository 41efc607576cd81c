using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;
using Scp.Mcp.Generators.Diagnostics;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Parsing;

/// <summary>
/// Parses the search vocabulary (format: docs/generator.md): <c>specs/&lt;product&gt;/search.json</c>,
/// <c>specs/search-synonyms.json</c> and <c>specs/search-actions.json</c>. Never throws; a malformed file or entry
/// becomes SCPGEN320 and is left out.
/// </summary>
internal static class SearchParser
{
    public const string SearchFileName = "search.json", SynonymsFileName = "search-synonyms.json", ActionsFileName = "search-actions.json";

    private static readonly string[] ActionKeys = ["tool", "english", "korean"];

    /// <summary>True for <c>specs/&lt;product&gt;/search.json</c>, <c>specs/search-synonyms.json</c> and <c>specs/search-actions.json</c>.</summary>
    public static bool IsSearchFile(AdditionalText file)
    {
        var name = Path.GetFileName(file.Path);
        var directory = Path.GetDirectoryName(file.Path);
        if (directory is null)
        {
            return false;
        }

        if (name.Equals(SynonymsFileName, StringComparison.OrdinalIgnoreCase) || name.Equals(ActionsFileName, StringComparison.OrdinalIgnoreCase))
        {
            return Path.GetFileName(directory).Equals("specs", StringComparison.OrdinalIgnoreCase);
        }

        var parent = Path.GetDirectoryName(directory);
        return name.Equals(SearchFileName, StringComparison.OrdinalIgnoreCase)
            && parent is not null && Path.GetFileName(parent).Equals("specs", StringComparison.OrdinalIgnoreCase);
    }

    public static SearchParseResult Parse(AdditionalText file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file.Path);
        Func<JsonElement, TextLocator, string, SearchParseResult> read =
            name.Equals(SynonymsFileName, StringComparison.OrdinalIgnoreCase) ? ReadSynonyms
            : name.Equals(ActionsFileName, StringComparison.OrdinalIgnoreCase) ? ReadActions : ReadProduct;
        return JsonFile.Parse(file, read, Failed, cancellationToken);
    }

    private static SearchParseResult ReadProduct(JsonElement root, TextLocator locator, string path)
    {
        var start = locator.Find("{");
        var product = JsonText.GetString(root, "product");
        if (root.ValueKind != JsonValueKind.Object || string.IsNullOrWhiteSpace(product) || !JsonText.TryGetObject(root, "operations", out var operations))
        {
            return Failed(start, path, "it needs a string \"product\" and an object \"operations\" keyed by operationId");
        }

        var diagnostics = new List<DiagnosticInfo>();
        var terms = Phrases(root.TryGetProperty("terms", out var t) ? t : default, locator.FindKey("terms"), path, "\"terms\"", diagnostics);
        var entries = Entries(operations, "operations", "entry", locator, path, diagnostics);
        var requests = EquatableArray<SearchAliases>.Empty;
        if (root.TryGetProperty("requests", out var r))
        {
            if (r.ValueKind == JsonValueKind.Object)
            {
                requests = Entries(r, "requests", "requests of", locator, path, diagnostics);
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableSearchData.Id, locator.FindKey("requests"), path, "\"requests\" is not an object keyed by operationId"));
            }
        }

        var model = new SearchModel(locator.FilePath, product, terms, entries, EquatableArray<EquatableArray<string>>.Empty) { Requests = requests };
        return new SearchParseResult(model, diagnostics.ToEquatableArray());
    }

    /// <summary>The phrase arrays of an object keyed by operationId (<c>operations</c> or <c>requests</c>).</summary>
    private static EquatableArray<SearchAliases> Entries(JsonElement entries, string key, string what, TextLocator locator, string path, List<DiagnosticInfo> diagnostics)
    {
        var list = new List<SearchAliases>();
        foreach (var operation in entries.EnumerateObject())
        {
            var location = locator.FindKey(operation.Name, locator.FindKey(key));
            var phrases = Phrases(operation.Value, location, path, what + " '" + operation.Name + "'", diagnostics);
            if (phrases.Count > 0)
            {
                list.Add(new SearchAliases(operation.Name, phrases, location));
            }
        }

        return list.ToEquatableArray();
    }

    private static SearchParseResult ReadSynonyms(JsonElement root, TextLocator locator, string path)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("groups", out var groups) || groups.ValueKind != JsonValueKind.Array)
        {
            return Failed(locator.Find("{"), path, "it needs an array \"groups\" of arrays of words");
        }

        var diagnostics = new List<DiagnosticInfo>();
        var list = new List<EquatableArray<string>>();
        var index = 0;
        foreach (var group in groups.EnumerateArray())
        {
            var words = Phrases(group, locator.FindKey("groups"), path, "group " + index++, diagnostics);
            if (words.Count >= 2)
            {
                list.Add(words);
            }
            else if (words.Count == 1)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableSearchData.Id, locator.FindKey(words[0]), path, "group " + (index - 1) + " has one word; a group needs two or more"));
            }
        }

        var model = new SearchModel(locator.FilePath, null, EquatableArray<string>.Empty, EquatableArray<SearchAliases>.Empty, list.ToEquatableArray());
        return new SearchParseResult(model, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// <c>search-actions.json</c>: <c>leadIns</c> (phrases) and <c>actions</c>, an object of actions each with optional
    /// <c>tool</c>, <c>english</c> and <c>korean</c> arrays. An English verb has one or two words, a Korean stem only
    /// Hangul, and no request word may serve two actions (the search could not tell which one a request asks for); a tool verb
    /// may (a "list" tool answers a list request and a broader "read" question alike).
    /// </summary>
    private static SearchParseResult ReadActions(JsonElement root, TextLocator locator, string path)
    {
        if (root.ValueKind != JsonValueKind.Object || !JsonText.TryGetObject(root, "actions", out var actions))
        {
            return Failed(locator.Find("{"), path, "it needs an object \"actions\" keyed by action name, each with \"tool\", \"english\" and \"korean\" arrays");
        }

        var diagnostics = new List<DiagnosticInfo>();
        var leadIns = Phrases(root.TryGetProperty("leadIns", out var l) ? l : default, locator.FindKey("leadIns"), path, "\"leadIns\"", diagnostics);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var list = new List<SearchActionWords>();
        var actionsAt = locator.FindKey("actions");
        foreach (var action in actions.EnumerateObject())
        {
            var location = locator.FindKey(action.Name, actionsAt);
            var what = "action '" + action.Name + "'";
            if (action.Value.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableSearchData.Id, location, path, what + " is not an object with \"tool\", \"english\" and \"korean\" arrays"));
                continue;
            }

            var words = new Dictionary<string, EquatableArray<string>>(StringComparer.Ordinal);
            foreach (var property in action.Value.EnumerateObject())
            {
                if (Array.IndexOf(ActionKeys, property.Name) < 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableSearchData.Id, locator.FindKey(property.Name, location), path,
                        what + " has the unknown key '" + property.Name + "' (keys: tool, english, korean)"));
                    continue;
                }

                var phrases = new List<string>();
                foreach (var phrase in Phrases(property.Value, locator.FindKey(property.Name, location), path, what + " \"" + property.Name + "\"", diagnostics))
                {
                    var at = locator.Find("\"" + phrase + "\"", location);
                    var problem = property.Name switch
                    {
                        "english" when WordCount(phrase) is < 1 or > 2 => "English verb '" + phrase + "' has " + WordCount(phrase) + " words; a request verb is one word or a verb and its particle",
                        "korean" when !phrase.All(IsHangul) => "Korean stem '" + phrase + "' has a character that is not Hangul",
                        "tool" when WordCount(phrase) != 1 => "tool verb '" + phrase + "' is not one word",
                        _ => null,
                    };
                    var key = property.Name + ":" + string.Join(" ", Words(phrase));
                    if (problem is null && property.Name != "tool" && owners.TryGetValue(key, out var owner) && owner != action.Name)
                    {
                        problem = "'" + phrase + "' is under both '" + owner + "' and '" + action.Name + "'; a word asks for one action";
                    }

                    if (problem is not null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableSearchData.Id, at, path, problem));
                        continue;
                    }

                    owners[key] = action.Name;
                    phrases.Add(phrase);
                }

                words[property.Name] = phrases.ToEquatableArray();
            }

            list.Add(new SearchActionWords(action.Name, Get(words, "tool"), Get(words, "english"), Get(words, "korean")));
        }

        var model = new SearchModel(locator.FilePath, null, EquatableArray<string>.Empty, EquatableArray<SearchAliases>.Empty, EquatableArray<EquatableArray<string>>.Empty)
        {
            LeadIns = leadIns,
            Actions = list.ToEquatableArray(),
        };
        return new SearchParseResult(model, diagnostics.ToEquatableArray());
    }

    private static EquatableArray<string> Get(Dictionary<string, EquatableArray<string>> words, string key) =>
        words.TryGetValue(key, out var value) ? value : EquatableArray<string>.Empty;

    /// <summary>Lower-cased runs of letters and digits, as the search splits a request ("what's" is "what s").</summary>
    private static List<string> Words(string phrase)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in phrase + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        return words;
    }

    private static int WordCount(string phrase) => Words(phrase).Count;

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';

    /// <summary>An array of non-empty strings; anything else is reported and yields no phrases.</summary>
    private static EquatableArray<string> Phrases(JsonElement value, SourceLocation location, string path, string what, List<DiagnosticInfo> diagnostics)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            return EquatableArray<string>.Empty;
        }

        var phrases = new List<string>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                {
                    phrases = null;
                    break;
                }

                phrases.Add(item.GetString()!.Trim());
            }
        }
        else
        {
            phrases = null;
        }

        if (phrases is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableSearchData.Id, location, path, what + " is not an array of non-empty strings"));
            return EquatableArray<string>.Empty;
        }

        return phrases.ToEquatableArray();
    }

    private static SearchParseResult Failed(SourceLocation location, string path, string reason) =>
        new(null, new EquatableArray<DiagnosticInfo>([
            DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableSearchData.Id, location, path, reason)]));
}
