using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Scp.SpecCapture.Model;
using Scp.SpecCapture.Parsing;

namespace Scp.SpecCapture.Refining;

/// <summary>
/// Makes the captured types match what the docs' own examples show (docs/spec-capture.md, "Capture decisions"):
/// a per-field decision from <see cref="CaptureDecisions"/> first; otherwise an <c>object</c> field whose examples are
/// all numeric becomes <c>number</c>, and <c>format: date-time</c> stays only where every example carries a zone
/// offset (RFC 3339) — elsewhere the field is a plain string whose description states the format seen.
/// </summary>
public sealed partial class TypeRefiner(CaptureDecisions decisions)
{
    private readonly HashSet<FieldDecision> _used = [];
    private readonly HashSet<string> _products = new(StringComparer.Ordinal);

    /// <summary>Decisions for a refined product that matched none of its fields (a stale entry is an error).</summary>
    public IReadOnlyList<FieldDecision> UnusedDecisions => decisions.Fields.Where(d => _products.Contains(d.Product) && !_used.Contains(d)).ToList();

    /// <summary>Refines the models and parameters of <paramref name="service"/>; each change is reported in <paramref name="notes"/>.</summary>
    public ServiceDoc Refine(ServiceDoc service, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(notes);
        _products.Add(service.Product);
        var evidence = ExampleEvidence.Collect(service);
        var modelNames = service.Models.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var models = service.Models
            .Select(model => model with
            {
                Fields = model.Fields
                    .Select(field => RefineField(service, model.Name, field, evidence.BodyValues(model.Name, field.Name), modelNames, notes))
                    .ToList(),
            })
            .ToList();
        var operations = service.Operations
            .Select(operation => operation with
            {
                Parameters = operation.Parameters
                    .Select(parameter => RefineByExamples(service.File, operation.Name + " parameter", parameter, [], notes))
                    .ToList(),
            })
            .ToList();
        return service with { Models = models, Operations = operations };
    }

    private FieldDoc RefineField(ServiceDoc service, string model, FieldDoc field, IReadOnlyList<JsonNode?> bodyValues, IReadOnlySet<string> modelNames, List<string> notes)
    {
        var decision = decisions.Fields.FirstOrDefault(d => d.Product == service.Product && d.Model == model && d.Field == field.Name);
        if (decision is null)
        {
            return RefineByExamples(service.File, model, field, bodyValues, notes);
        }

        var docs = field.Schema?.ToDocsText() ?? "(no schema cell)";
        if (docs != decision.Docs)
        {
            throw new InvalidOperationException(
                $"capture-decisions.json: {service.Product} {model}.{field.Name} is '{docs}' in the docs, not '{decision.Docs}' as the decision expects; review the decision");
        }

        var schema = SchemaCellParser.Parse(decision.Schema, modelNames)
            ?? throw new InvalidOperationException($"capture-decisions.json: the schema '{decision.Schema}' for {service.Product} {model}.{field.Name} is not in the docs' grammar");
        _used.Add(decision);
        notes.Add($"{service.File}:{field.Line}: {model}.{field.Name}: '{docs}' captured as '{decision.Schema}' (capture-decisions.json)");
        return field with { Schema = schema };
    }

    private static FieldDoc RefineByExamples(string file, string owner, FieldDoc field, IReadOnlyList<JsonNode?> bodyValues, List<string> notes)
    {
        if (field.Schema is not { } schema)
        {
            return field;
        }

        var rowExample = field.Description.Example;
        if (schema.WithoutNull() is { Kind: SchemaKind.Primitive, Name: "object", Format: null })
        {
            var numbers = Evidence(rowExample, bodyValues);
            if (numbers.Count > 0 && numbers.All(IsNumeric))
            {
                notes.Add($"{file}:{field.Line}: {owner}.{field.Name}: 'object' captured as 'number': its examples are numeric ({string.Join(", ", numbers.Distinct(StringComparer.Ordinal))})");
                return field with { Schema = Replace(schema, s => s is { Kind: SchemaKind.Primitive, Name: "object" } ? s with { Name = "number" } : s) };
            }
        }

        if (!Contains(schema, IsDateTime))
        {
            return field;
        }

        var timestamps = Evidence(rowExample, bodyValues);
        var withoutOffset = timestamps.FirstOrDefault(t => !Rfc3339().IsMatch(t));
        if (timestamps.Count > 0 && withoutOffset is null)
        {
            return field;
        }

        var seen = withoutOffset is null
            ? "Timestamp (the docs show no example of its format)"
            : $"Timestamp like {withoutOffset} (no zone offset)";
        notes.Add($"{file}:{field.Line}: {owner}.{field.Name}: format date-time dropped: {(withoutOffset is null ? "no example" : $"example {withoutOffset} has no zone offset")}");
        var text = field.Description.Text.Length == 0 ? seen : field.Description.Text + ". " + seen;
        return field with
        {
            Schema = Replace(schema, s => IsDateTime(s) ? s with { Format = null } : s),
            Description = field.Description with { Text = text },
        };
    }

    /// <summary>The row's example text and the body examples' values as text (strings unquoted, other values as JSON).</summary>
    private static List<string> Evidence(string? rowExample, IReadOnlyList<JsonNode?> bodyValues)
    {
        var values = new List<string>();
        if (rowExample is not null)
        {
            values.Add(rowExample);
        }

        foreach (var value in bodyValues)
        {
            if (value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String)
            {
                values.Add(scalar.GetValue<string>());
            }
            else if (value is not null)
            {
                values.Add(value.ToJsonString());
            }
        }

        return values;
    }

    private static bool IsNumeric(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);

    private static bool IsDateTime(SchemaType schema) => schema is { Kind: SchemaKind.Primitive, Name: "string", Format: "date-time" };

    private static bool Contains(SchemaType schema, Func<SchemaType, bool> predicate) =>
        predicate(schema) || (schema.Options?.Any(o => Contains(o, predicate)) ?? false);

    /// <summary>Rewrites the schema itself or, for an any-of, each alternative (arrays are left alone: no docs field needs it).</summary>
    private static SchemaType Replace(SchemaType schema, Func<SchemaType, SchemaType> map) =>
        schema.Kind == SchemaKind.AnyOf ? schema with { Options = schema.Options!.Select(map).ToList() } : map(schema);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
