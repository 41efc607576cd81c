using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Scp.Mcp.Generators.Diagnostics;
using Scp.Mcp.Generators.Model;
using Scp.Mcp.Generators.Parsing;

namespace Scp.Mcp.Generators.Planning;

/// <summary>
/// The cross-spec step: applies each product's curation file to its operations (tool names, titles, safety,
/// hidden), picks each operation's current version and validates the result (unique, valid tool names).
/// </summary>
internal static class CatalogPlanner
{
    private static readonly string[] SafetyValues = ["read", "write", "destructive"];

    public static SpecSummary Summarize(SpecModel spec, CancellationToken cancellationToken) =>
        new(spec.FilePath, spec.Product, spec.Version, spec.ProductName, spec.VersionName,
            spec.Operations.Select(static o => new OperationSummary(o.OperationId, o.HttpMethod, o.Summary, o.Deprecated)).ToEquatableArray());

    public static CatalogPlan Plan((ImmutableArray<SpecSummary> Specs, ImmutableArray<CurationModel> Curations) input, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var products = new List<ProductPlan>();
        var toolOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        var curations = new Dictionary<string, CurationModel>(StringComparer.Ordinal);
        foreach (var curation in input.Curations.OrderBy(static c => c.FilePath, StringComparer.Ordinal))
        {
            if (curations.ContainsKey(curation.Product))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateCuration.Id, curation.PrefixLocation, curation.Product));
                continue;
            }

            curations.Add(curation.Product, curation);
        }

        foreach (var group in input.Specs.GroupBy(static s => s.Product, StringComparer.Ordinal).OrderBy(static g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var versions = group.OrderBy(static s => s.Version, VersionComparer.Instance).ToList();
            curations.TryGetValue(group.Key, out var curation);
            if (curation is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingCuration.Id, SourceLocation.None(versions[versions.Count - 1].FilePath), group.Key, FallbackPrefix(group.Key)));
            }

            products.Add(PlanProduct(group.Key, versions, curation, toolOwners, diagnostics));
        }

        foreach (var curation in curations.Values.Where(c => !input.Specs.Any(s => s.Product == c.Product)))
        {
            foreach (var entry in curation.Entries)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownCurationOperation.Id, entry.Location, curation.Product, entry.OperationId));
            }
        }

        return new CatalogPlan(products.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static ProductPlan PlanProduct(string product, List<SpecSummary> versions, CurationModel? curation, Dictionary<string, string> toolOwners, List<DiagnosticInfo> diagnostics)
    {
        var prefix = curation?.Prefix ?? FallbackPrefix(product);
        var entries = new Dictionary<string, CurationEntry>(StringComparer.Ordinal);
        foreach (var entry in curation?.Entries ?? EquatableArray<CurationEntry>.Empty)
        {
            entries[entry.OperationId] = entry;
        }

        var operationIds = versions.SelectMany(static v => v.Operations).Select(static o => o.OperationId).Distinct(StringComparer.Ordinal).OrderBy(static id => id, StringComparer.Ordinal);
        var operations = new List<OperationPlan>();
        foreach (var operationId in operationIds)
        {
            var occurrences = versions.SelectMany(v => v.Operations.Where(o => o.OperationId == operationId).Select(o => (Spec: v, Operation: o))).ToList();
            var current = occurrences.LastOrDefault(static o => !o.Operation.Deprecated);
            var latest = occurrences[occurrences.Count - 1];
            var specLocation = SourceLocation.None(latest.Spec.FilePath);
            if (current.Spec is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoCurrentVersion.Id, specLocation, operationId, product));
            }

            entries.TryGetValue(operationId, out var entry);
            var location = entry?.Location ?? specLocation;
            var toolName = entry?.Tool ?? prefix + "_" + Naming.ToSnake(operationId);
            if (!Naming.IsValidToolName(toolName))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidToolName.Id, location, toolName, product + "/" + operationId));
            }
            else if (toolOwners.TryGetValue(toolName, out var owner))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateToolName.Id, location, toolName, owner, product + "/" + operationId));
            }
            else
            {
                toolOwners.Add(toolName, product + "/" + operationId);
            }

            if (curation is not null && string.IsNullOrWhiteSpace(entry?.Title))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingTitle.Id, entry?.Location ?? curation.PrefixLocation, operationId, product, latest.Operation.Summary));
            }

            var safety = entry?.Safety;
            if (safety is not null && Array.IndexOf(SafetyValues, safety) < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSafety.Id, location, operationId, "\"safety\" is '" + safety + "' but must be read, write or destructive"));
                safety = null;
            }
            else if (safety is not null && string.IsNullOrWhiteSpace(entry!.Reason))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSafety.Id, location, operationId, "\"safety\": \"" + safety + "\" needs a \"reason\""));
            }

            operations.Add(new OperationPlan(operationId, toolName, string.IsNullOrWhiteSpace(entry?.Title) ? null : entry!.Title, safety, entry?.Reason, entry?.Hidden ?? false, current.Spec?.Version));
        }

        foreach (var entry in entries.Values.Where(e => !operations.Any(o => o.OperationId == e.OperationId)))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownCurationOperation.Id, entry.Location, product, entry.OperationId));
        }

        return new ProductPlan(product, versions[0].ProductName, prefix, versions.Select(static v => v.VersionName).ToEquatableArray(), operations.ToEquatableArray());
    }

    /// <summary>
    /// The prefix of a product without a curation file (SCPGEN306): its name in snake case
    /// (<c>baremetal-blockstorage</c> → <c>baremetal_blockstorage</c>). The prefix of a curated product is its
    /// curation file's required <c>"prefix"</c>, the one place it is written.
    /// </summary>
    private static string FallbackPrefix(string product) => Naming.ToSnake(Naming.ToPascal(product));
}
