using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Tools;

/// <summary>Rebuilds the OpenAPI 3.1 document of one product-version from its catalogue descriptors.</summary>
internal static class SpecDocumentBuilder
{
    /// <summary>Builds the document of <paramref name="api"/> with <paramref name="operations"/> (its operations).</summary>
    public static string Build(ScpApiDescriptor api, IEnumerable<ScpOperationDescriptor> operations)
    {
        ArgumentNullException.ThrowIfNull(api);
        var info = new JsonObject
        {
            ["title"] = api.ServiceName,
            ["version"] = api.Version,
            ["x-scp-product"] = api.Product,
            ["x-scp-version-status"] = api.IsCurrentVersion ? "CURRENT" : "DEPRECATED",
        };
        if (api.SupportedUntil is not null)
        {
            info["x-scp-supported-until"] = api.SupportedUntil;
        }

        var paths = new JsonObject();
        foreach (var operation in operations.OrderBy(o => o.PathTemplate, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal))
        {
            if (paths[operation.PathTemplate] is not JsonObject item)
            {
                item = new JsonObject();
                paths[operation.PathTemplate] = item;
            }

            item[operation.Method.ToLowerInvariant()] = BuildOperation(operation);
        }

        var document = new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = info,
            ["servers"] = new JsonArray(new JsonObject
            {
                ["url"] = api.ServerUrlTemplate,
                ["variables"] = new JsonObject
                {
                    ["region"] = Variable(api.Regions),
                    ["environment"] = Variable(api.Environments),
                },
            }),
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = Parse(api.ComponentsJson) ?? new JsonObject() },
        };
        return document.ToJsonString(ToolJsonContext.Default.Options);
    }

    private static JsonObject BuildOperation(ScpOperationDescriptor operation)
    {
        var node = new JsonObject
        {
            ["operationId"] = operation.OperationId,
            ["summary"] = operation.Summary,
            ["description"] = operation.Description,
            ["x-scp-tool"] = operation.ToolName,
            ["x-scp-safety"] = ToolFactory.SafetyName(operation.Safety),
        };
        if (operation.Deprecated)
        {
            node["deprecated"] = true;
        }

        var parameters = new JsonArray();
        foreach (var parameter in operation.Parameters)
        {
            parameters.Add((JsonNode)new JsonObject
            {
                ["name"] = parameter.Name,
                ["in"] = parameter.Location.ToString().ToLowerInvariant(),
                ["required"] = parameter.Required,
                ["description"] = parameter.Description,
                ["schema"] = Parse(parameter.SchemaJson),
            });
        }

        if (parameters.Count > 0)
        {
            node["parameters"] = parameters;
        }

        if (operation.BodySchemaJson is not null)
        {
            node["requestBody"] = new JsonObject
            {
                ["required"] = operation.BodyRequired,
                ["content"] = Json(Parse(operation.BodySchemaJson), operation.BodyExampleJson),
            };
        }

        var responses = new JsonObject();
        foreach (var response in operation.Responses)
        {
            var item = new JsonObject { ["description"] = response.Description };
            if (response.SchemaJson is not null)
            {
                item["content"] = Json(Parse(response.SchemaJson), response.ExampleJson);
            }

            responses[response.StatusCode.ToString(CultureInfo.InvariantCulture)] = item;
        }

        node["responses"] = responses;
        return node;
    }

    private static JsonObject Json(JsonNode? schema, string? example)
    {
        var media = new JsonObject { ["schema"] = schema };
        if (example is not null)
        {
            media["example"] = Parse(example);
        }

        return new JsonObject { ["application/json"] = media };
    }

    private static JsonObject Variable(IReadOnlyList<string> values)
    {
        var list = new JsonArray();
        foreach (var value in values)
        {
            list.Add((JsonNode)JsonValue.Create(value));
        }

        return new JsonObject { ["default"] = values.Count > 0 ? values[0] : null, ["enum"] = list };
    }

    private static JsonNode? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return JsonValue.Create(json);
        }
    }
}
