using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Scp.Mcp.Generators.Diagnostics;
using Scp.Mcp.Generators.Emitting;
using Scp.Mcp.Generators.Model;
using Scp.Mcp.Generators.Parsing;
using Scp.Mcp.Generators.Planning;

namespace Scp.Mcp.Generators;

/// <summary>
/// Reads <c>specs/&lt;product&gt;/&lt;version&gt;.json</c>, <c>specs/&lt;product&gt;/tools.json</c>,
/// <c>specs/&lt;product&gt;/text.en.json</c> and the search vocabulary (<c>specs/&lt;product&gt;/search.json</c>,
/// <c>specs/search-synonyms.json</c>) (AdditionalFiles) and emits
/// the typed SDK (models, one method per operation-version) and the operation catalogue. Parse → equatable model → emit.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OperationGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specs = context.AdditionalTextsProvider
            .Where(static f => SpecParser.IsSpec(f))
            .Select(static (f, ct) => SpecParser.Parse(f, ct))
            .WithTrackingName(TrackingNames.ParseSpec);
        var curations = context.AdditionalTextsProvider
            .Where(static f => SpecParser.IsCuration(f))
            .Select(static (f, ct) => CurationParser.Parse(f, ct))
            .WithTrackingName(TrackingNames.ParseCuration);

        var texts = context.AdditionalTextsProvider
            .Where(static f => TextParser.IsText(f))
            .Select(static (f, ct) => TextParser.Parse(f, ct))
            .WithTrackingName(TrackingNames.ParseText);

        context.RegisterSourceOutput(specs.Select(static (r, _) => r.Diagnostics), static (spc, d) => DiagnosticReporter.Report(spc, d));
        context.RegisterSourceOutput(texts.Select(static (r, _) => r.Diagnostics), static (spc, d) => DiagnosticReporter.Report(spc, d));
        context.RegisterSourceOutput(curations.Select(static (r, _) => r.Diagnostics), static (spc, d) => DiagnosticReporter.Report(spc, d));

        var models = specs
            .Where(static r => r.Model is not null)
            .Select(static (r, _) => r.Model!)
            .WithTrackingName(TrackingNames.SpecModel);
        context.RegisterSourceOutput(models, static (spc, spec) => Run(spc, () =>
        {
            Add(spc, spec.ProductName + "." + spec.VersionName + ".Models.g.cs", ModelEmitter.Emit(spec));
            Add(spc, spec.ProductName + "." + spec.VersionName + ".Client.g.cs", ClientEmitter.Emit(spec));
        }));

        var textModels = texts.Where(static r => r.Model is not null).Select(static (r, _) => r.Model!).Collect();
        var textChecks = models.Collect().Combine(textModels)
            .Select(static (pair, ct) => TextPlanner.Check(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.CheckText);
        context.RegisterSourceOutput(textChecks, static (spc, d) => DiagnosticReporter.Report(spc, d));

        var summaries = models.Select(static (m, ct) => CatalogPlanner.Summarize(m, ct)).WithTrackingName(TrackingNames.Summary).Collect();
        var curationModels = curations.Where(static r => r.Model is not null).Select(static (r, _) => r.Model!).Collect();
        var plan = summaries.Combine(curationModels)
            .Select(static (input, ct) => CatalogPlanner.Plan(input, ct))
            .WithTrackingName(TrackingNames.Plan);
        context.RegisterSourceOutput(plan.Select(static (p, _) => p.Diagnostics), static (spc, d) => DiagnosticReporter.Report(spc, d));

        var catalogInputs = models.Combine(plan)
            .Select(static (pair, _) => new CatalogInput(pair.Left, pair.Right.Products.FirstOrDefault(p => p.Product == pair.Left.Product)))
            .Combine(curationModels)
            .Select(static (pair, ct) => LifecyclePlanner.Plan(pair.Left, pair.Right.FirstOrDefault(c => c.Product == pair.Left.Spec.Product), ct))
            .Combine(textModels)
            .Select(static (pair, _) => pair.Left with { EnglishText = pair.Right.FirstOrDefault(t => t.Product == pair.Left.Spec.Product) })
            .WithTrackingName(TrackingNames.CatalogInput);
        context.RegisterSourceOutput(catalogInputs.Select(static (i, _) => i.Diagnostics), static (spc, d) => DiagnosticReporter.Report(spc, d));
        context.RegisterSourceOutput(catalogInputs, static (spc, input) => Run(spc, () =>
            Add(spc, input.Spec.ProductName + "." + input.Spec.VersionName + ".Catalog.g.cs", CatalogEmitter.Emit(input))));

        var search = context.AdditionalTextsProvider
            .Where(static f => SearchParser.IsSearchFile(f))
            .Select(static (f, ct) => SearchParser.Parse(f, ct))
            .WithTrackingName(TrackingNames.ParseSearch);
        context.RegisterSourceOutput(search.Select(static (r, _) => r.Diagnostics), static (spc, d) => DiagnosticReporter.Report(spc, d));
        var vocabulary = search.Where(static r => r.Model is not null).Select(static (r, _) => r.Model!).Collect()
            .Combine(plan)
            .Select(static (pair, ct) => SearchEmitter.Check(pair.Left.ToEquatableArray(), pair.Right, ct))
            .WithTrackingName(TrackingNames.SearchVocabulary);
        context.RegisterSourceOutput(vocabulary.Select(static (v, _) => v.Diagnostics), static (spc, d) => DiagnosticReporter.Report(spc, d));
        context.RegisterSourceOutput(vocabulary.Select(static (v, _) => v.Models), static (spc, models) => Run(spc, () =>
        {
            if (models.Count > 0)
            {
                Add(spc, "ScpSearchVocabulary.g.cs", SearchEmitter.Emit(models));
            }
        }));

        var products = plan.Select(static (p, _) => p.Products).WithTrackingName(TrackingNames.Products);
        context.RegisterSourceOutput(products, static (spc, list) => Run(spc, () =>
        {
            foreach (var (hintName, source) in AggregateEmitter.Emit(list))
            {
                Add(spc, hintName, source);
            }
        }));
    }

    private static void Add(SourceProductionContext context, string hintName, string source) =>
        context.AddSource(hintName, SourceText.From(source, Encoding.UTF8));

    /// <summary>Runs an emit step; an unexpected exception becomes SCPGEN001 instead of escaping the generator.</summary>
    private static void Run(SourceProductionContext context, Action emit)
    {
        try
        {
            emit();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // No exception may escape a generator.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnreadableSpec, Location.None, "(emitting)", "internal generator error " + ex.GetType().Name + ": " + ex.Message));
        }
    }
}
