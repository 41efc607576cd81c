using System.Text.Json.Nodes;
using Scp.Sdk.Catalog;

namespace Scp.Emulator.Tests;

/// <summary>
/// Builds operation descriptors from hand-made specs in the captured format (Fixtures/*.json), trimmed copies of
/// the real SCP docs for each of the 7 products. Stands in for the generated catalogue in tests.
/// </summary>
internal static class FixtureCatalog
{
    private static readonly Lazy<IReadOnlyList<ScpOperationDescriptor>> All = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json").Order(StringComparer.Ordinal).SelectMany(Load).ToArray());

    public static IReadOnlyList<ScpOperationDescriptor> Operations => All.Value;

    public static ScpOperationDescriptor Find(string product, string operationId) =>
        Operations.Single(o => o.Api.Product == product && o.OperationId == operationId && o.IsCurrent);

    public static IEnumerable<ScpOperationDescriptor> Load(string path)
    {
        var spec = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var info = spec["info"]!;
        var product = info["x-scp-product"]!.GetValue<string>();
        var api = new ScpApiDescriptor
        {
            Product = product,
            Version = info["version"]!.GetValue<string>(),
            ServiceName = info["title"]!.GetValue<string>(),
            ToolPrefix = product, // the emulator reads neither prefixes nor tool names; the real ones are in specs/<product>/tools.json
            IsCurrentVersion = info["x-scp-version-status"]?.GetValue<string>() != "DEPRECATED",
            ServerUrlTemplate = $"https://{product}.{{region}}.{{environment}}.samsungsdscloud.com",
            Regions = ["kr-west1"],
            Environments = ["s", "g", "e"],
            ComponentsJson = spec["components"]?["schemas"]?.ToJsonString() ?? "{}",
            SpecPath = $"specs/{product}/{info["version"]}.json",
        };

        foreach (var (template, pathItem) in spec["paths"]!.AsObject())
        {
            foreach (var (method, node) in pathItem!.AsObject())
            {
                var operation = node!.AsObject();
                var operationId = operation["operationId"]!.GetValue<string>();
                var content = operation["requestBody"]?["content"]?["application/json"];
                yield return new ScpOperationDescriptor
                {
                    Api = api,
                    OperationId = operationId,
                    ToolName = api.ToolPrefix + "_" + string.Concat(operationId.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
                    Title = operation["summary"]!.GetValue<string>(),
                    Summary = operation["summary"]!.GetValue<string>(),
                    Description = operation["description"]?.GetValue<string>() ?? string.Empty,
                    Method = method.ToUpperInvariant(),
                    PathTemplate = template,
                    Parameters = (operation["parameters"] as JsonArray ?? []).Select(p => Parameter(p!.AsObject())).ToArray(),
                    BodySchemaJson = content?["schema"]?.ToJsonString(),
                    BodyRequired = operation["requestBody"]?["required"]?.GetValue<bool>() ?? false,
                    BodyExampleJson = content?["example"]?.ToJsonString(),
                    Responses = operation["responses"]!.AsObject().Select(r => new ScpResponseDescriptor
                    {
                        StatusCode = int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture),
                        Description = r.Value!["description"]!.GetValue<string>(),
                        SchemaJson = r.Value["content"]?["application/json"]?["schema"]?.ToJsonString(),
                        ExampleJson = r.Value["content"]?["application/json"]?["example"]?.ToJsonString(),
                    }).ToArray(),
                    Safety = method switch { "get" => ScpSafety.Read, "delete" => ScpSafety.Destructive, _ => ScpSafety.Write },
                    SuccessStatusCode = SuccessStatus(operation["responses"]!.AsObject()), // the generator's rule, as it would emit it
                    IsCurrent = api.IsCurrentVersion,
                    Deprecated = !api.IsCurrentVersion,
                };
            }
        }
    }

    /// <summary>The lowest 2xx that documents a body, else the lowest 2xx (docs/generator.md, "Lifecycle").</summary>
    private static int? SuccessStatus(JsonObject responses)
    {
        var successes = responses.Select(r => (Status: int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture), HasBody: r.Value?["content"] is not null))
            .Where(r => r.Status is >= 200 and < 300).OrderBy(r => r.Status).ToList();
        return successes.Count == 0 ? null : successes.FirstOrDefault(r => r.HasBody, successes[0]).Status;
    }

    private static ScpParameterDescriptor Parameter(JsonObject parameter)
    {
        var schema = parameter["schema"]!.DeepClone().AsObject();
        if (parameter["example"] is { } example && !schema.ContainsKey("example"))
        {
            schema["example"] = example.DeepClone();
        }

        return new ScpParameterDescriptor
        {
            Name = parameter["name"]!.GetValue<string>(),
            Location = parameter["in"]!.GetValue<string>() switch { "path" => ScpParameterLocation.Path, "query" => ScpParameterLocation.Query, _ => ScpParameterLocation.Header },
            Required = parameter["required"]?.GetValue<bool>() ?? false,
            Description = parameter["description"]?.GetValue<string>(),
            SchemaJson = schema.ToJsonString(),
        };
    }
}
