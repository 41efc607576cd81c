namespace Scp.Mcp.Generators.Model;

/// <summary>One spec with its product's curation decisions: the input of a per-spec catalogue file.</summary>
internal sealed record CatalogInput(SpecModel Spec, ProductPlan? Plan);
