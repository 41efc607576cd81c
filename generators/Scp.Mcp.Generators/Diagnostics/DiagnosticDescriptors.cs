using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Scp.Mcp.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are never reused: a retired id stays retired
/// (AnalyzerReleases.*.md tracks them). 0xx unreadable input, 1xx naming, 2xx unsupported construct, 3xx curation.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Scp.Mcp.Generators";

    public static readonly DiagnosticDescriptor UnreadableSpec = new(
        "SCPGEN001", "Unreadable spec", "Spec '{0}' cannot be read: {1}. Fix the file (see docs/spec-format.md); nothing is generated from it.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnreadableCuration = new(
        "SCPGEN002", "Unreadable curation file", "Curation file '{0}' cannot be read: {1}. Fix the file (see docs/generator.md).",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnreadableText = new(
        "SCPGEN003", "Unreadable English text file", "English text file '{0}' cannot be read: {1}. Fix the file (see docs/generator.md); the entry (or file) is ignored and the spec's own text is served.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidOperationId = new(
        "SCPGEN101", "Invalid operationId", "Operation {0} {1} has operationId '{2}', which is missing or not PascalCase [A-Za-z][A-Za-z0-9]*; the operation is skipped",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateOperationId = new(
        "SCPGEN102", "Duplicate operationId", "operationId '{0}' is used by more than one operation of this spec; the later one ({1} {2}) is skipped",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidSchemaName = new(
        "SCPGEN103", "Invalid component schema name", "Component schema '{0}' has no usable C# name; it is skipped and references to it are typed as JsonElement",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnresolvedReference = new(
        "SCPGEN201", "Unresolvable $ref", "'{0}' does not resolve to a schema in this spec's components.schemas ({1}); {2}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        "SCPGEN202", "Unsupported construct", "Operation '{0}' uses an unsupported construct: {1}; the operation is skipped",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownCurationOperation = new(
        "SCPGEN301", "Unknown operationId in curation", "Curation of '{0}' names operationId '{1}', which no spec of the product has. Remove or rename the entry.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidToolName = new(
        "SCPGEN302", "Invalid tool name", "Tool name '{0}' of operation '{1}' must match ^[a-z][a-z0-9_]*$ and have at most 48 characters; set a valid \"tool\" in the curation file",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateToolName = new(
        "SCPGEN303", "Duplicate tool name", "Tool name '{0}' is used by both '{1}' and '{2}'; give one of them another \"tool\" in the curation file",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingTitle = new(
        "SCPGEN304", "Missing title", "Operation '{0}' of '{1}' has no English \"title\" in the curation file; the summary '{2}' is used",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidSafety = new(
        "SCPGEN305", "Invalid safety override", "Curation of '{0}': {1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingCuration = new(
        "SCPGEN306", "Missing curation file", "Product '{0}' has specs but no curation file specs/{0}/tools.json; its tools are named '{1}_<operation>' and titled by their summaries until the file gives a \"prefix\" and titles",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateCuration = new(
        "SCPGEN307", "Duplicate curation file", "Product '{0}' has more than one curation file; only the first is used",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoCurrentVersion = new(
        "SCPGEN308", "No current version", "Operation '{0}' of '{1}' is deprecated in every version; it gets no current tool",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidLifecycleOverride = new(
        "SCPGEN309", "Invalid lifecycle override", "Curation of '{0}', operation '{1}': \"lifecycle\" {2}. Use false (never wait) or an object with status, id, state (strings), transitional, failure (arrays of strings) and notFoundMeansDone (boolean); see docs/curation.md. The override is ignored.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor LifecycleOverrideMismatch = new(
        "SCPGEN310", "Lifecycle override does not fit the spec", "Lifecycle override of '{0}': {1}. Fix the \"lifecycle\" entry in the curation file (see docs/curation.md).",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownTextOperation = new(
        "SCPGEN311", "English text for an unknown operation", "English text of '{0}' describes operation '{1}', which no spec of the product has. Fix the operationId or remove the entry.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingEnglishDescription = new(
        "SCPGEN312", "Operation without English description", "English text of '{0}' has no description of operation '{1}'. Add it under \"operations\" (what it does and when to use it, at most 1,024 characters); until then the tool shows the spec's description.",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnmatchedText = new(
        "SCPGEN313", "English text for no spec string", "English text of '{0}' translates '{1}', which is no description, summary or schema description of the product's specs. Copy the spec string exactly or remove the entry.",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor HangulInEnglishText = new(
        "SCPGEN314", "Hangul in English text", "English text of '{0}' for '{1}' contains Hangul: '{2}'. Write the English value in English.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor EnglishDescriptionTooLong = new(
        "SCPGEN315", "English description too long", "English description of '{0}' operation '{1}' has {2} characters; clients may cut it at 1,024. Shorten it, deciding sentence first.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnreadableSearchData = new(
        "SCPGEN320", "Unreadable search vocabulary", "Search vocabulary '{0}' cannot be read: {1}. Fix the file (see docs/generator.md); the part named is left out of the search.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownSearchOperation = new(
        "SCPGEN321", "Unknown operation in search vocabulary", "Search vocabulary of '{0}' names operationId '{1}', which no spec of the product has. Remove or rename the entry.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownSearchProduct = new(
        "SCPGEN322", "Search vocabulary of an unknown product", "Search vocabulary '{0}' is for product '{1}', which has no spec; it is not used",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index(
        UnreadableSpec, UnreadableCuration, InvalidOperationId, DuplicateOperationId, InvalidSchemaName,
        UnresolvedReference, UnsupportedConstruct, UnknownCurationOperation, InvalidToolName, DuplicateToolName,
        MissingTitle, InvalidSafety, MissingCuration, DuplicateCuration, NoCurrentVersion, InvalidLifecycleOverride,
        LifecycleOverrideMismatch, UnreadableText, UnknownTextOperation, MissingEnglishDescription, UnmatchedText,
        HangulInEnglishText, EnglishDescriptionTooLong, UnreadableSearchData,
        UnknownSearchOperation, UnknownSearchProduct);

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var map = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in descriptors)
        {
            map.Add(descriptor.Id, descriptor);
        }

        return map;
    }
}
