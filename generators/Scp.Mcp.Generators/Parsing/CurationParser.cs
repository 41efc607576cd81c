using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;
using Scp.Mcp.Generators.Diagnostics;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Parsing;

/// <summary>Parses one curation file <c>specs/&lt;product&gt;/tools.json</c> (format: docs/generator.md). Never throws.</summary>
internal static class CurationParser
{
    private static readonly HashSet<string> EntryKeys = new(StringComparer.Ordinal) { "title", "tool", "safety", "reason", "hidden", "lifecycle" };
    private static readonly HashSet<string> LifecycleKeys = new(StringComparer.Ordinal) { "status", "id", "state", "transitional", "failure", "notFoundMeansDone" };

    public static CurationParseResult Parse(AdditionalText file, CancellationToken cancellationToken) =>
        JsonFile.Parse(file, Read, Failed, cancellationToken);

    private static CurationParseResult Read(JsonElement root, TextLocator locator, string path)
    {
        var start = locator.Find("{");
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Failed(start, path, "the document is not a JSON object");
        }

        var product = JsonText.GetString(root, "product");
        var prefix = JsonText.GetString(root, "prefix");
        if (string.IsNullOrWhiteSpace(product) || string.IsNullOrWhiteSpace(prefix))
        {
            return Failed(start, path, "it needs string properties \"product\" and \"prefix\"");
        }

        if (!JsonText.TryGetObject(root, "operations", out var operations))
        {
            return Failed(start, path, "it needs an object \"operations\" keyed by operationId");
        }

        var diagnostics = new List<DiagnosticInfo>();
        var entries = new List<CurationEntry>();
        foreach (var operation in operations.EnumerateObject())
        {
            var location = locator.FindKey(operation.Name);
            var entry = operation.Value;
            var problem = Validate(entry);
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableCuration.Id, location, path, "entry '" + operation.Name + "' " + problem));
                continue;
            }

            LifecycleOverride? lifecycle = null;
            if (entry.TryGetProperty("lifecycle", out var lifecycleElement))
            {
                var lifecycleLocation = locator.FindKey("lifecycle", location);
                lifecycle = ReadLifecycle(lifecycleElement, lifecycleLocation, out var lifecycleProblem);
                if (lifecycleProblem is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidLifecycleOverride.Id, lifecycleLocation, product!, operation.Name, lifecycleProblem));
                }
            }

            entries.Add(new CurationEntry(
                operation.Name,
                JsonText.GetString(entry, "title"),
                JsonText.GetString(entry, "tool"),
                JsonText.GetString(entry, "safety"),
                JsonText.GetString(entry, "reason"),
                JsonText.GetBool(entry, "hidden"),
                location) { Lifecycle = lifecycle });
        }

        var model = new CurationModel(locator.FilePath, product!, prefix!, locator.FindKey("prefix"), entries.ToEquatableArray());
        return new CurationParseResult(model, diagnostics.ToEquatableArray());
    }

    private static string? Validate(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            return "is not an object";
        }

        foreach (var property in entry.EnumerateObject())
        {
            if (!EntryKeys.Contains(property.Name))
            {
                return "has an unknown key \"" + property.Name + "\" (allowed: title, tool, safety, reason, hidden, lifecycle)";
            }

            if (property.Name == "lifecycle")
            {
                continue; // checked by ReadLifecycle (SCPGEN309)
            }

            var expected = property.Name == "hidden" ? "a boolean" : "a string";
            var ok = property.Name == "hidden"
                ? property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False
                : property.Value.ValueKind == JsonValueKind.String;
            if (!ok)
            {
                return "has \"" + property.Name + "\" that is not " + expected;
            }
        }

        return null;
    }

    /// <summary>Reads <c>"lifecycle"</c>: <c>false</c> (never wait) or an override object; a problem makes it null.</summary>
    private static LifecycleOverride? ReadLifecycle(JsonElement value, SourceLocation location, out string? problem)
    {
        problem = null;
        if (value.ValueKind == JsonValueKind.False)
        {
            return new LifecycleOverride(true, null, null, null, null, null, null, location);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            problem = "is " + value.ValueKind.ToString().ToLowerInvariant() + ", not false or an object";
            return null;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (!LifecycleKeys.Contains(property.Name))
            {
                problem = "has an unknown key \"" + property.Name + "\"";
                return null;
            }

            var ok = property.Name switch
            {
                "transitional" or "failure" => property.Value.ValueKind == JsonValueKind.Array
                    && property.Value.EnumerateArray().All(static v => v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 0),
                "notFoundMeansDone" => property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                _ => property.Value.ValueKind == JsonValueKind.String && property.Value.GetString()!.Trim().Length > 0,
            };
            if (!ok)
            {
                problem = "has \"" + property.Name + "\" that is not " + property.Name switch
                {
                    "transitional" or "failure" => "an array of non-empty strings",
                    "notFoundMeansDone" => "a boolean",
                    _ => "a non-empty string",
                };
                return null;
            }
        }

        EquatableArray<string>? Strings(string name) => value.TryGetProperty(name, out var array)
            ? array.EnumerateArray().Select(static v => v.GetString()!).ToEquatableArray()
            : null;

        return new LifecycleOverride(
            false,
            JsonText.GetString(value, "status"),
            JsonText.GetString(value, "id"),
            JsonText.GetString(value, "state"),
            Strings("transitional"),
            Strings("failure"),
            value.TryGetProperty("notFoundMeansDone", out var done) ? done.ValueKind == JsonValueKind.True : null,
            location);
    }

    private static CurationParseResult Failed(SourceLocation location, string path, string reason) =>
        new(null, new EquatableArray<DiagnosticInfo>([
            DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableCuration.Id, location, path, reason)]));
}
