using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;
using Scp.Mcp.Generators.Diagnostics;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Parsing;

/// <summary>
/// Parses the search vocabulary (format: docs/generator.md): <c>specs/&lt;product&gt;/search.json</c> and
/// <c>specs/search-synonyms.json</c>. Never throws; a malformed file or entry becomes SCPGEN320 and is left out.
/// </summary>
internal static class SearchParser
{
    public const string SearchFileName = "search.json", SynonymsFileName = "search-synonyms.json";

    /// <summary>True for <c>specs/&lt;product&gt;/search.json</c> and <c>specs/search-synonyms.json</c>.</summary>
    public static bool IsSearchFile(AdditionalText file)
    {
        var name = Path.GetFileName(file.Path);
        var directory = Path.GetDirectoryName(file.Path);
        if (directory is null)
        {
            return false;
        }

        if (name.Equals(SynonymsFileName, StringComparison.OrdinalIgnoreCase))
        {
            return Path.GetFileName(directory).Equals("specs", StringComparison.OrdinalIgnoreCase);
        }

        var parent = Path.GetDirectoryName(directory);
        return name.Equals(SearchFileName, StringComparison.OrdinalIgnoreCase)
            && parent is not null && Path.GetFileName(parent).Equals("specs", StringComparison.OrdinalIgnoreCase);
    }

    public static SearchParseResult Parse(AdditionalText file, CancellationToken cancellationToken)
    {
        Func<JsonElement, TextLocator, string, SearchParseResult> read =
            Path.GetFileName(file.Path).Equals(SynonymsFileName, StringComparison.OrdinalIgnoreCase) ? ReadSynonyms : ReadProduct;
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
        var entries = new List<SearchAliases>();
        foreach (var operation in operations.EnumerateObject())
        {
            var location = locator.FindKey(operation.Name, locator.FindKey("operations"));
            var phrases = Phrases(operation.Value, location, path, "entry '" + operation.Name + "'", diagnostics);
            if (phrases.Count > 0)
            {
                entries.Add(new SearchAliases(operation.Name, phrases, location));
            }
        }

        var model = new SearchModel(locator.FilePath, product, terms, entries.ToEquatableArray(), EquatableArray<EquatableArray<string>>.Empty);
        return new SearchParseResult(model, diagnostics.ToEquatableArray());
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
