using System.Text.Json.Nodes;
using Scp.SpecCapture.Model;

namespace Scp.SpecCapture.Refining;

/// <summary>
/// Every value the docs show for a model field: the field row's <c>Example :</c> text and the values at that field in
/// the docs' request and response body examples (found by walking each example along its schema).
/// </summary>
public sealed class ExampleEvidence
{
    private readonly Dictionary<(string Model, string Field), List<JsonNode?>> _bodyValues = [];

    private ExampleEvidence()
    {
    }

    /// <summary>Collects the body-example values of every model field of <paramref name="service"/>.</summary>
    public static ExampleEvidence Collect(ServiceDoc service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var evidence = new ExampleEvidence();
        var models = service.Models.GroupBy(m => m.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var operation in service.Operations)
        {
            if (operation.Body?.Schema is { } body && operation.RequestExample is { } request)
            {
                evidence.Walk(request, body, models, 0);
            }

            foreach (var response in operation.Responses)
            {
                if (response.Schema is { } schema && response.Example is { } example)
                {
                    evidence.Walk(example, schema, models, 0);
                }
            }
        }

        return evidence;
    }

    /// <summary>The values shown for <paramref name="field"/> of <paramref name="model"/> in body examples (JSON).</summary>
    public IReadOnlyList<JsonNode?> BodyValues(string model, string field) =>
        _bodyValues.TryGetValue((model, field), out var values) ? values : [];

    private void Walk(JsonNode? value, SchemaType schema, Dictionary<string, ModelDoc> models, int depth)
    {
        if (value is null || depth > 32)
        {
            return;
        }

        switch (schema.Kind)
        {
            case SchemaKind.Reference when value is JsonObject obj && models.TryGetValue(schema.Name!, out var model):
                foreach (var (name, child) in obj)
                {
                    if (model.Fields.FirstOrDefault(f => f.Name == name) is not { } field)
                    {
                        continue;
                    }

                    if (!_bodyValues.TryGetValue((model.Name, name), out var values))
                    {
                        values = [];
                        _bodyValues[(model.Name, name)] = values;
                    }

                    values.Add(child);
                    if (field.Schema is not null)
                    {
                        Walk(child, field.Schema, models, depth + 1);
                    }
                }

                break;
            case SchemaKind.Array when value is JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, schema.Item!, models, depth + 1);
                }

                break;
            case SchemaKind.AnyOf:
                foreach (var option in schema.Options!.Where(o => o.Kind != SchemaKind.Null))
                {
                    Walk(value, option, models, depth + 1);
                }

                break;
        }
    }
}
