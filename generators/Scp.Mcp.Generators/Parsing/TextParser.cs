using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;
using Scp.Mcp.Generators.Diagnostics;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Parsing;

/// <summary>
/// Parses one English text file <c>specs/&lt;product&gt;/text.en.json</c>:
/// <c>{"product", "operations": {operationId: English tool description}, "text": {spec string: English}}</c>
/// (docs/generator.md). Checks what one file can tell alone (Hangul in English, descriptions over 1,024 characters);
/// <see cref="Planning.TextPlanner"/> checks the file against the specs. Never throws.
/// </summary>
internal static class TextParser
{
    public const string FileName = "text.en.json";

    /// <summary>Longest tool description some clients keep whole.</summary>
    public const int MaxDescriptionLength = 1024;

    /// <summary>True for <c>specs/&lt;product&gt;/text.en.json</c>.</summary>
    public static bool IsText(AdditionalText file) =>
        SpecParser.IsBesideSpecs(file.Path) && Path.GetFileName(file.Path).Equals(FileName, StringComparison.OrdinalIgnoreCase);

    public static TextParseResult Parse(AdditionalText file, CancellationToken cancellationToken) =>
        JsonFile.Parse(file, Read, Failed, cancellationToken);

    /// <summary>True when <paramref name="text"/> contains a Hangul syllable or jamo.</summary>
    public static bool HasHangul(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F')
            {
                return true;
            }
        }

        return false;
    }

    private static TextParseResult Read(JsonElement root, TextLocator locator, string path)
    {
        var start = locator.Find("{");
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Failed(start, path, "the document is not a JSON object");
        }

        var product = JsonText.GetString(root, "product");
        if (string.IsNullOrWhiteSpace(product))
        {
            return Failed(start, path, "it needs a string property \"product\"");
        }

        if (!JsonText.TryGetObject(root, "operations", out var operations))
        {
            return Failed(start, path, "it needs an object \"operations\" keyed by operationId");
        }

        var diagnostics = new List<DiagnosticInfo>();
        var operationEntries = Entries(operations, "operations", locator, path, product!, diagnostics, isDescription: true);
        var textEntries = JsonText.TryGetObject(root, "text", out var texts)
            ? Entries(texts, "text", locator, path, product!, diagnostics, isDescription: false)
            : EquatableArray<TextEntry>.Empty;
        var model = new TextModel(locator.FilePath, product!, locator.FindKey("product"), operationEntries, textEntries);
        return new TextParseResult(model, diagnostics.ToEquatableArray());
    }

    private static EquatableArray<TextEntry> Entries(
        JsonElement map, string section, TextLocator locator, string path, string product, List<DiagnosticInfo> diagnostics, bool isDescription)
    {
        var sectionLocation = locator.FindKey(section);
        var entries = new List<TextEntry>();
        foreach (var property in map.EnumerateObject())
        {
            var location = locator.FindKey(JsonEncodedText.Encode(property.Name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(), sectionLocation);
            if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableText.Id, location, path, "\"" + section + "\" entry '" + Short(property.Name) + "' is not a non-empty string"));
                continue;
            }

            var english = property.Value.GetString()!;
            if (HasHangul(english))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HangulInEnglishText.Id, location, product, Short(property.Name), Short(english)));
            }

            if (isDescription && english.Length > MaxDescriptionLength)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EnglishDescriptionTooLong.Id, location, product, property.Name, english.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            entries.Add(new TextEntry(property.Name, english, location));
        }

        return entries.ToEquatableArray();
    }

    /// <summary>A long text cut for a message.</summary>
    internal static string Short(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";

    private static TextParseResult Failed(SourceLocation location, string path, string reason) =>
        new(null, new EquatableArray<DiagnosticInfo>([
            DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableText.Id, location, path, reason)]));
}
