using System.Text.Json.Nodes;
using Scp.SpecCapture.Model;
using Scp.SpecCapture.Parsing;

namespace Scp.SpecCapture.Writing;

/// <summary>Builds the OpenAPI 3.1 document of one product-version, keys in the order of docs/spec-format.md.</summary>
public static class SpecBuilder
{
    /// <summary>The OpenAPI version written.</summary>
    public const string OpenApiVersion = "3.1.1";

    /// <summary>Builds the document. <paramref name="notes"/> collects values kept as text because they do not fit their type.</summary>
    public static JsonObject Build(ServiceDoc service, VersionDoc version, IReadOnlyList<ModelDoc> models, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(notes);
        var local = new List<string>();
        var document = BuildDocument(service, version, models, local);
        notes.AddRange(local.Select(n => $"{service.File}:{n}"));
        return document;
    }

    private static JsonObject BuildDocument(ServiceDoc service, VersionDoc version, IReadOnlyList<ModelDoc> models, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(models);
        var info = new JsonObject
        {
            ["title"] = service.Title,
            ["version"] = version.Version,
            ["description"] = service.Overview,
            ["x-scp-product"] = service.Product,
            ["x-scp-version-status"] = version.Status,
        };
        if (version.SupportedUntil is not null)
        {
            info["x-scp-supported-until"] = version.SupportedUntil;
        }

        var schemas = new JsonObject();
        foreach (var model in models)
        {
            schemas[model.Name] = BuildModel(service.File, model, notes);
        }

        return new JsonObject
        {
            ["openapi"] = OpenApiVersion,
            ["info"] = info,
            ["servers"] = new JsonArray(BuildServer(service)),
            ["paths"] = BuildPaths(service, version.Version, notes),
            ["components"] = new JsonObject { ["schemas"] = schemas },
        };
    }

    private static JsonObject BuildServer(ServiceDoc service)
    {
        var regions = service.Regions.Select(r => r.Region).Distinct(StringComparer.Ordinal).ToList();
        var environments = service.Regions.Select(r => r.Environment).Distinct(StringComparer.Ordinal).ToList();
        return new JsonObject
        {
            ["url"] = service.UrlTemplate,
            ["variables"] = new JsonObject
            {
                ["region"] = new JsonObject { ["default"] = service.Regions[0].Region, ["enum"] = Strings(regions) },
                ["environment"] = new JsonObject { ["default"] = service.Regions[0].Environment, ["enum"] = Strings(environments) },
            },
            ["x-scp-regions"] = new JsonArray(service.Regions
                .Select(r => (JsonNode?)new JsonObject { ["environment"] = r.Environment, ["region"] = r.Region })
                .ToArray()),
        };
    }

    private static JsonObject BuildPaths(ServiceDoc service, string version, List<string> notes)
    {
        var paths = new JsonObject();
        var operationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in service.Operations.Where(o => o.Version == version))
        {
            var operationId = OperationIdFormatter.ToOperationId(operation.Name);
            if (!operationIds.Add(operationId))
            {
                throw new DocsFormatException(service.File, operation.Line, $"operationId '{operationId}' occurs twice in {service.Product} {version}");
            }

            if (paths[operation.Path] is not JsonObject pathItem)
            {
                pathItem = new JsonObject();
                paths[operation.Path] = pathItem;
            }

            if (pathItem.ContainsKey(operation.Method))
            {
                throw new DocsFormatException(service.File, operation.Line, $"'{operation.Method} {operation.Path}' occurs twice in {service.Product} {version}");
            }

            pathItem[operation.Method] = BuildOperation(operation, operationId, notes);
        }

        return paths;
    }

    private static JsonObject BuildOperation(OperationDoc operation, string operationId, List<string> notes)
    {
        var result = new JsonObject
        {
            ["operationId"] = operationId,
            ["summary"] = operation.Name,
            ["description"] = operation.Description,
        };
        if (operation.IsDeprecated)
        {
            result["deprecated"] = true;
        }

        result["x-scp-status"] = operation.Status;
        if (operation.SupportedUntil is not null)
        {
            result["x-scp-supported-until"] = operation.SupportedUntil;
        }

        if (operation.Parameters.Count > 0)
        {
            result["parameters"] = new JsonArray(operation.Parameters.Select(p => (JsonNode?)BuildParameter(p, notes)).ToArray());
        }

        if (operation.Body is not null)
        {
            result["requestBody"] = BuildRequestBody(operation.Body, operation.RequestExample, notes);
        }

        var responses = new JsonObject();
        foreach (var response in operation.Responses)
        {
            responses[response.Code] = BuildResponse(response);
        }

        result["responses"] = responses;
        return result;
    }

    private static JsonObject BuildParameter(FieldDoc parameter, List<string> notes)
    {
        var result = new JsonObject
        {
            ["name"] = parameter.Name,
            ["in"] = parameter.Location,
            ["required"] = parameter.Required || parameter.Location == "path",
        };
        if (parameter.Location == "path" && !parameter.Required)
        {
            result["x-scp-docs-required"] = false;
        }

        if (parameter.Description.Text.Length > 0)
        {
            result["description"] = parameter.Description.Text;
        }

        result["schema"] = SchemaJson.BuildValueSchema(parameter, notes);
        var example = SchemaJson.BuildExample(parameter, notes);
        if (example is not null)
        {
            result["example"] = example;
        }

        return result;
    }

    private static JsonObject BuildRequestBody(FieldDoc body, JsonNode? example, List<string> notes)
    {
        var result = new JsonObject();
        if (body.Description.Text.Length > 0)
        {
            result["description"] = body.Description.Text;
        }

        result["required"] = body.Required;
        result["content"] = new JsonObject { ["application/json"] = MediaType(SchemaJson.BuildValueSchema(body, notes), example) };
        return result;
    }

    private static JsonObject BuildResponse(ResponseDoc response)
    {
        var result = new JsonObject { ["description"] = response.Description };
        if (response.Schema is not null)
        {
            result["content"] = new JsonObject { ["application/json"] = MediaType(SchemaJson.Build(response.Schema), response.Example) };
        }

        return result;
    }

    private static JsonObject MediaType(JsonObject schema, JsonNode? example)
    {
        var media = new JsonObject { ["schema"] = schema };
        if (example is not null)
        {
            media["example"] = example.DeepClone();
        }

        return media;
    }

    private static JsonObject BuildModel(string file, ModelDoc model, List<string> notes)
    {
        var result = new JsonObject { ["type"] = "object" };
        var required = model.Fields.Where(f => f.Required).Select(f => f.Name).ToList();
        if (required.Count > 0)
        {
            result["required"] = Strings(required);
        }

        var properties = new JsonObject();
        foreach (var field in model.Fields)
        {
            if (properties.ContainsKey(field.Name))
            {
                throw new DocsFormatException(file, field.Line, $"field '{field.Name}' occurs twice in model '{model.Name}'");
            }

            var property = SchemaJson.BuildValueSchema(field, notes);
            if (field.Description.Text.Length > 0)
            {
                property["description"] = field.Description.Text;
            }

            var example = SchemaJson.BuildExample(field, notes);
            if (example is not null)
            {
                property["example"] = example;
            }

            properties[field.Name] = property;
        }

        result["properties"] = properties;
        return result;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
