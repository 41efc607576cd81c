using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Scp.Mcp.Generators.Diagnostics;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Planning;

/// <summary>
/// Checks each English text file against its product's specs (SCPGEN311–313) and picks, per spec, the English text the
/// catalogue carries: the operations' descriptions and the translations of the strings that spec contains.
/// </summary>
internal static class TextPlanner
{
    /// <summary>Diagnostics of every text file: unknown operationIds, operations without a description, keys no spec has.</summary>
    public static EquatableArray<DiagnosticInfo> Check(ImmutableArray<SpecModel> specs, ImmutableArray<TextModel> texts, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var productSpecs = specs.Where(s => s.Product == text.Product).ToList();
            var operationIds = new HashSet<string>(productSpecs.SelectMany(static s => s.Operations).Select(static o => o.OperationId), StringComparer.Ordinal);
            var described = new HashSet<string>(text.Operations.Select(static e => e.Key), StringComparer.Ordinal);
            foreach (var entry in text.Operations.Where(e => !operationIds.Contains(e.Key)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownTextOperation.Id, entry.Location, text.Product, entry.Key));
            }

            foreach (var operationId in operationIds.Where(id => !described.Contains(id)).OrderBy(static id => id, StringComparer.Ordinal))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingEnglishDescription.Id, text.ProductLocation, text.Product, operationId));
            }

            var strings = new HashSet<string>(StringComparer.Ordinal);
            foreach (var spec in productSpecs)
            {
                strings.UnionWith(SpecStrings(spec));
            }

            foreach (var entry in text.Texts.Where(e => !strings.Contains(e.Key)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnmatchedText.Id, entry.Location, text.Product, Parsing.TextParser.Short(entry.Key)));
            }
        }

        return diagnostics.ToEquatableArray();
    }

    /// <summary>The translations of <paramref name="text"/> for strings <paramref name="spec"/> contains, in the file's order.</summary>
    public static EquatableArray<TextEntry> TranslationsFor(SpecModel spec, TextModel? text)
    {
        if (text is null || text.Texts.Count == 0)
        {
            return EquatableArray<TextEntry>.Empty;
        }

        var strings = SpecStrings(spec);
        return text.Texts.Where(e => strings.Contains(e.Key)).ToEquatableArray();
    }

    /// <summary>
    /// Every text of a spec a tool can show: the info, operation and response descriptions, operation summaries, parameter
    /// descriptions and every <c>description</c> inside parameter, body, response and component schemas; and for a text
    /// the capture extended with a note (<c>생성 시간. Timestamp like … (no zone offset)</c>), its first sentence, which is
    /// what the English text translates (<c>ScpApiDescriptor.Text</c> keeps the note).
    /// </summary>
    public static HashSet<string> SpecStrings(SpecModel spec)
    {
        var strings = new HashSet<string>(StringComparer.Ordinal) { spec.InfoDescription ?? string.Empty };
        AddDescriptions(spec.ComponentsJson, strings);
        foreach (var operation in spec.Operations)
        {
            strings.Add(operation.Summary);
            strings.Add(operation.Description);
            foreach (var parameter in operation.Parameters)
            {
                strings.Add(parameter.Description ?? string.Empty);
                AddDescriptions(parameter.SchemaJson, strings);
            }

            AddDescriptions(operation.Body?.SchemaJson, strings);
            foreach (var response in operation.Responses)
            {
                strings.Add(response.Description);
                AddDescriptions(response.SchemaJson, strings);
            }
        }

        foreach (var text in strings.ToList())
        {
            var end = text.IndexOf(". ", StringComparison.Ordinal);
            if (end > 0)
            {
                strings.Add(text.Substring(0, end));
            }
        }

        strings.Remove(string.Empty);
        return strings;
    }

    private static void AddDescriptions(string? json, HashSet<string> strings)
    {
        if (string.IsNullOrEmpty(json))
        {
            return;
        }

        using var document = JsonDocument.Parse(json!);
        Walk(document.RootElement, strings);

        static void Walk(JsonElement element, HashSet<string> strings)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (property.NameEquals("description") && property.Value.ValueKind == JsonValueKind.String)
                        {
                            strings.Add(property.Value.GetString()!);
                        }
                        else if (!property.NameEquals("example") && !property.NameEquals("examples"))
                        {
                            Walk(property.Value, strings);
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item, strings);
                    }

                    break;
            }
        }
    }
}
