namespace Scp.SpecCapture.Refining;

/// <summary>
/// A per-field capture decision from <c>capture-decisions.json</c>: where the docs contradict themselves about one
/// field, the schema the spec carries instead, and why.
/// </summary>
/// <param name="Product">The product, e.g. <c>archivestorage</c>.</param>
/// <param name="Model">The model holding the field.</param>
/// <param name="Field">The field name.</param>
/// <param name="Docs">The field's schema as the docs write it (docs grammar); capture fails when the docs change, so the decision is reviewed again.</param>
/// <param name="Schema">The schema the spec carries instead, in the docs' grammar, e.g. <c>any of [array[string], array[object]]</c>.</param>
/// <param name="Reason">Why, in a sentence or two.</param>
public sealed record FieldDecision(string Product, string Model, string Field, string Docs, string Schema, string Reason);
