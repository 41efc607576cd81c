using System.Text.Json;

namespace Scp.Sdk.Tests.SpecExamples;

/// <summary>
/// Every example of a spec: parameter examples, request and response body examples, and the <c>example</c> of every
/// component schema and nested property/item/alternative schema.
/// </summary>
internal static class SpecExampleReader
{
    public static IEnumerable<SpecExample> Read(string file, JsonElement spec)
    {
        var product = file.Split('/')[0];
        foreach (var path in spec.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject())
            {
                var operationId = method.Value.GetProperty("operationId").GetString()!;
                if (method.Value.TryGetProperty("parameters", out var parameters))
                {
                    foreach (var parameter in parameters.EnumerateArray().Where(p => p.TryGetProperty("example", out _)))
                    {
                        yield return new(file, product, $"{operationId} parameter {parameter.GetProperty("name").GetString()}",
                            parameter.GetProperty("example"), parameter.GetProperty("schema"));
                    }
                }

                if (method.Value.TryGetProperty("requestBody", out var body) && MediaExample(body) is { } request)
                {
                    yield return new(file, product, $"{operationId} request", request.Value, request.Schema);
                }

                foreach (var response in method.Value.GetProperty("responses").EnumerateObject())
                {
                    if (MediaExample(response.Value) is { } example)
                    {
                        yield return new(file, product, $"{operationId} response {response.Name}", example.Value, example.Schema);
                    }
                }
            }
        }

        foreach (var schema in spec.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            foreach (var example in SchemaExamples(file, product, schema.Name, schema.Value))
            {
                yield return example;
            }
        }
    }

    private static (JsonElement Value, JsonElement Schema)? MediaExample(JsonElement holder) =>
        holder.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var media)
        && media.TryGetProperty("example", out var example)
            ? (example, media.GetProperty("schema"))
            : null;

    private static IEnumerable<SpecExample> SchemaExamples(string file, string product, string id, JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        if (schema.TryGetProperty("example", out var example))
        {
            yield return new(file, product, id, example, schema);
        }

        var children = new List<(string Id, JsonElement Schema)>();
        if (schema.TryGetProperty("properties", out var properties))
        {
            children.AddRange(properties.EnumerateObject().Select(p => ($"{id}.{p.Name}", p.Value)));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            children.Add(($"{id}[]", items));
        }

        foreach (var keyword in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema.TryGetProperty(keyword, out var branches))
            {
                children.AddRange(branches.EnumerateArray().Select((b, i) => ($"{id}|{keyword}[{i}]", b)));
            }
        }

        foreach (var (childId, child) in children)
        {
            foreach (var nested in SchemaExamples(file, product, childId, child))
            {
                yield return nested;
            }
        }
    }
}
