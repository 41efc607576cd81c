using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Scp.Mcp.Generators.Diagnostics;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Emitting;

/// <summary>
/// Checks the search vocabulary against the catalogue plan (SCPGEN321, SCPGEN322) and emits
/// <c>ScpSearchVocabulary.g.cs</c>: the synonym groups, each product's terms, each operation's alias phrases and example requests, the
/// lead-ins and action words, as arrays in code (no file is read at run time).
/// </summary>
internal static class SearchEmitter
{
    /// <summary>The vocabulary that fits the plan, ordered by file path, and the diagnostics of what does not.</summary>
    public static (EquatableArray<SearchModel> Models, EquatableArray<DiagnosticInfo> Diagnostics) Check(
        EquatableArray<SearchModel> models, CatalogPlan plan, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var kept = new List<SearchModel>();
        foreach (var model in models.OrderBy(m => m.FilePath, System.StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (model.Product is null)
            {
                kept.Add(model);
                continue;
            }

            var product = plan.Products.FirstOrDefault(p => p.Product == model.Product);
            var path = Parsing.SpecParser.RepositoryPath(model.FilePath);
            if (product is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownSearchProduct.Id, SourceLocation.None(model.FilePath), path, model.Product));
                continue;
            }

            var known = new HashSet<string>(product.Operations.Select(o => o.OperationId), System.StringComparer.Ordinal);
            kept.Add(model with { Operations = Known(model.Operations, known, model.Product, diagnostics), Requests = Known(model.Requests, known, model.Product, diagnostics) });
        }

        return (kept.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static EquatableArray<SearchAliases> Known(EquatableArray<SearchAliases> entries, HashSet<string> known, string product, List<DiagnosticInfo> diagnostics)
    {
        var list = new List<SearchAliases>();
        foreach (var entry in entries)
        {
            if (known.Contains(entry.OperationId))
            {
                list.Add(entry);
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownSearchOperation.Id, entry.Location, product, entry.OperationId));
            }
        }

        return list.ToEquatableArray();
    }

    public static string Emit(EquatableArray<SearchModel> models)
    {
        var writer = new SourceWriter().Header("Scp.Sdk.Catalog")
            .Open("public static partial class ScpSearchVocabulary")
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Open("static partial void Populate(global::System.Collections.Generic.List<string[]> synonymGroups, global::System.Collections.Generic.Dictionary<string, string[]> productTerms, global::System.Collections.Generic.Dictionary<string, string[]> aliases)");
        foreach (var model in models)
        {
            foreach (var group in model.SynonymGroups)
            {
                writer.Line("synonymGroups.Add(" + Array(group) + ");");
            }

            if (model.Product is null)
            {
                continue;
            }

            writer.Line("productTerms[" + CSharp.Literal(model.Product) + "] = " + Array(model.Terms) + ";");
            foreach (var operation in model.Operations)
            {
                writer.Line("aliases[" + CSharp.Literal(model.Product + "/" + operation.OperationId) + "] = " + Array(operation.Phrases) + ";");
            }
        }

        writer.Close()
            .Line()
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Open("static partial void PopulateRequests(global::System.Collections.Generic.Dictionary<string, string[]> requests)");
        foreach (var model in models.Where(m => m.Product is not null))
        {
            foreach (var operation in model.Requests)
            {
                writer.Line("requests[" + CSharp.Literal(model.Product + "/" + operation.OperationId) + "] = " + Array(operation.Phrases) + ";");
            }
        }

        writer.Close()
            .Line()
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Open("static partial void PopulateActions(global::System.Collections.Generic.List<string> leadIns, global::System.Collections.Generic.List<global::Scp.Sdk.Catalog.ScpSearchAction> actions)");
        foreach (var model in models)
        {
            foreach (var leadIn in model.LeadIns)
            {
                writer.Line("leadIns.Add(" + CSharp.Literal(leadIn) + ");");
            }

            foreach (var action in model.Actions)
            {
                writer.Line("actions.Add(new global::Scp.Sdk.Catalog.ScpSearchAction(" + CSharp.Literal(action.Action) + ", " + Array(action.Tool) + ", "
                    + Array(action.English) + ", " + Array(action.Korean) + "));");
            }
        }

        return writer.Close().Close().ToString();
    }

    private static string Array(EquatableArray<string> items) => "[" + string.Join(", ", items.Select(CSharp.Literal)) + "]";
}
