using System.Text.Json;

namespace Scp.SpecCapture.Tests;

/// <summary>What the produced spec files hold, measured from their JSON.</summary>
internal sealed record SpecCounts(
    int OperationVersions,
    int Operations,
    int Parameters,
    int RequestBodies,
    int Responses,
    int ResponsesWithSchema,
    int Models,
    int Fields,
    IReadOnlyList<string> ParameterKeys)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    public static SpecCounts Measure(IReadOnlyDictionary<string, byte[]> files)
    {
        int operationVersions = 0, parameters = 0, bodies = 0, responses = 0, withSchema = 0;
        var operations = new HashSet<string>(StringComparer.Ordinal);
        var models = new Dictionary<string, int>(StringComparer.Ordinal);
        var parameterKeys = new List<string>();
        foreach (var (path, bytes) in files)
        {
            var product = path.Split('/')[0];
            using var document = JsonDocument.Parse(bytes);
            foreach (var pathItem in document.RootElement.GetProperty("paths").EnumerateObject())
            {
                foreach (var operation in pathItem.Value.EnumerateObject().Where(p => Methods.Contains(p.Name)))
                {
                    operationVersions++;
                    operations.Add(product + " " + operation.Value.GetProperty("operationId").GetString());
                    if (operation.Value.TryGetProperty("parameters", out var list))
                    {
                        foreach (var parameter in list.EnumerateArray())
                        {
                            parameters++;
                            parameterKeys.Add(ParameterKey(
                                parameter.GetProperty("in").GetString()!,
                                parameter.GetProperty("name").GetString()!,
                                parameter.TryGetProperty("x-scp-docs-required", out var docs) ? docs.GetBoolean() : parameter.GetProperty("required").GetBoolean()));
                        }
                    }

                    bodies += operation.Value.TryGetProperty("requestBody", out _) ? 1 : 0;
                    foreach (var response in operation.Value.GetProperty("responses").EnumerateObject())
                    {
                        responses++;
                        withSchema += response.Value.TryGetProperty("content", out _) ? 1 : 0;
                    }
                }
            }

            foreach (var schema in document.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject())
            {
                models[product + " " + schema.Name] = schema.Value.GetProperty("properties").EnumerateObject().Count();
            }
        }

        parameterKeys.Sort(StringComparer.Ordinal);
        return new SpecCounts(operationVersions, operations.Count, parameters, bodies, responses, withSchema, models.Count, models.Values.Sum(), parameterKeys);
    }

    public static string ParameterKey(string location, string name, bool required) => $"{location} {name} {(required ? "required" : "optional")}";
}
