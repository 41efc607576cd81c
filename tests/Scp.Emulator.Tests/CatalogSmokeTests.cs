using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Sdk.Catalog;
using Scp.Sdk.Errors;
using Scp.Sdk.Invocation;
using Scp.Sdk.Transport;
using Xunit.Abstractions;

namespace Scp.Emulator.Tests;

/// <summary>
/// Every current operation of the generated catalogue (the real captured specs), called with the docs' examples:
/// creates first, then every operation on the created records (ids found in the create answers), deletes last.
/// </summary>
public sealed partial class CatalogSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryCurrentOperation_OnCreatedRecords_IsRoutedAndAnsweredWithoutServerOrInferenceErrors()
    {
        var current = ScpCatalog.Operations.Where(o => o.IsCurrent).ToList();
        Assert.Equal(7, current.Select(o => o.Api.Product).Distinct().Count());
        await using var host = await ScpEmulatorHost.StartAsync(new ScpEmulatorOptions { AsyncDelay = TimeSpan.Zero });
        using var invoker = EmulatorSession.CreateInvoker(host, TimeProvider.System, ScpEmulatorDefaults.AccessKey, ScpEmulatorDefaults.SecretKey);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var report = new StringBuilder();
        var succeeded = 0;
        var ordered = current.OrderBy(Phase).ThenBy(o => (Phase(o) == 3 ? -1 : 1) * o.PathTemplate.Count(c => c == '/'));
        foreach (var operation in ordered)
        {
            var request = new ScpOperationRequest
            {
                Operation = operation,
                JsonBody = operation.BodySchemaJson is null ? null : Encoding.UTF8.GetBytes(operation.BodyExampleJson ?? "{}"),
            };
            var allKnown = true;
            foreach (var parameter in operation.Parameters)
            {
                var marker = "{" + parameter.Name + "}";
                var at = operation.PathTemplate.IndexOf(marker, StringComparison.Ordinal);
                var key = operation.Api.Product + " " + (at < 0 ? parameter.Name : operation.PathTemplate[..(at + marker.Length)]);
                if (parameter.Location == ScpParameterLocation.Path)
                {
                    allKnown &= ids.TryGetValue(key, out var id);
                    request.PathValues[parameter.Name] = id ?? ExampleOf(parameter) ?? "x";
                }
                else if (parameter.Required && parameter.Location == ScpParameterLocation.Query)
                {
                    request.QueryValues.Add(new(parameter.Name, ids.GetValueOrDefault(key) ?? ExampleOf(parameter) ?? "1"));
                }
            }

            var (status, detail) = await CallAsync(invoker, request, ids);
            if (status == 400 && Phase(operation) == 0 && EnumViolation().Match(detail) is { Success: true } violation)
            {
                // The docs' example breaks the docs' own enum (e.g. "A | B | C"): retry with the first allowed value.
                var body = JsonNode.Parse(operation.BodyExampleJson!)!.AsObject();
                body[violation.Groups[1].Value] = violation.Groups[2].Value;
                request = new ScpOperationRequest { Operation = operation, JsonBody = Encoding.UTF8.GetBytes(body.ToJsonString()) };
                (status, detail) = await CallAsync(invoker, request, ids);
                report.AppendLine($"(retried {operation.OperationId} with {violation.Groups[1].Value}={violation.Groups[2].Value})");
            }

            succeeded += status is >= 200 and < 300 ? 1 : 0;
            if (status is >= 200 and < 300 && ResponseProblem(operation, status, detail) is { } invalid)
            {
                problems.Add($"{operation}: answer does not match its schema: {invalid}");
            }

            report.AppendLine($"{status} {operation.Api.Product} {operation.Method} {operation.PathTemplate}: {Truncate(detail)}");
            var misrouted = (status == 404 && detail.Contains("is not a path", StringComparison.Ordinal)) || status == 405;
            if (status >= 500 || status == 401 || misrouted || (status == 404 && allKnown))
            {
                problems.Add($"{operation}: {status} {detail}");
            }
        }

        output.WriteLine(report.ToString());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(succeeded * 10 >= current.Count * 9, $"only {succeeded} of {current.Count} operations answered 2xx:\n{report}");
    }

    /// <summary>Validates an answer against the operation's response schema for that status.</summary>
    private static string? ResponseProblem(ScpOperationDescriptor operation, int status, string body)
    {
        var response = operation.Responses.FirstOrDefault(r => r.StatusCode == status);
        if (response?.SchemaJson is null)
        {
            return body.Length == 0 ? null : "a body was sent where the spec documents none";
        }

        var root = new Schema.SchemaSet(operation.Api.ComponentsJson).Root;
        var errors = ScpArgumentValidator.Validate(
            JsonElement.Parse(body.Length == 0 ? "null" : body), JsonElement.Parse(response.SchemaJson), root, "response");
        return errors.Count == 0 ? null : string.Join("; ", errors);
    }

    private static int Phase(ScpOperationDescriptor o) =>
        o.Method == "DELETE" ? 3 : o.Method == "POST" ? (o.PathTemplate.Contains('{', StringComparison.Ordinal) ? 1 : 0) : 2;

    private static async Task<(int Status, string Detail)> CallAsync(ScpHttpInvoker invoker, ScpOperationRequest request, Dictionary<string, string> ids)
    {
        var operation = request.Operation;
        int status;
        string detail;
        try
        {
            var response = await invoker.SendAsync(request);
            status = response.StatusCode;
            detail = Encoding.UTF8.GetString(response.Body.Span);
            if (operation.Method == "POST" && detail.Length > 0)
            {
                Remember(ids, operation, JsonNode.Parse(detail));
            }
        }
        catch (ScpApiException ex)
        {
            status = ex.StatusCode;
            detail = ex.Detail ?? ex.Message;
        }

        return (status, detail);
    }

    /// <summary>Keeps the id a create answered under the product's path parameter name for that collection.</summary>
    private static void Remember(Dictionary<string, string> ids, ScpOperationDescriptor create, JsonNode? body)
    {
        var parameter = ScpCatalog.Operations
            .Where(o => o.Api == create.Api && o.PathTemplate.StartsWith(create.PathTemplate + "/{", StringComparison.Ordinal))
            .Select(o => o.PathTemplate[(create.PathTemplate.Length + 2)..].Split('}')[0])
            .FirstOrDefault();
        if (parameter is null || body is not JsonObject answer)
        {
            return;
        }

        var nested = answer.Select(p => p.Value).OfType<JsonObject>().FirstOrDefault(o => o.ContainsKey("id"));
        var id = answer[parameter] ?? answer["resource_id"] ?? answer["resource"]?["id"] ?? answer["id"] ?? nested?["id"];
        if (id is JsonValue value && value.TryGetValue<string>(out var text))
        {
            ids[create.Api.Product + " " + create.PathTemplate + "/{" + parameter + "}"] = text;
        }
    }

    private static string? ExampleOf(ScpParameterDescriptor parameter)
    {
        var schema = JsonNode.Parse(parameter.SchemaJson) as JsonObject;
        var example = schema?["example"] ?? schema?["default"] ?? (schema?["enum"] as JsonArray)?.FirstOrDefault();
        return example switch
        {
            null => null,
            JsonValue v when v.TryGetValue<string>(out var text) => text,
            _ => example.ToJsonString(),
        };
    }

    [GeneratedRegex(@"^body\.([a-z_]+): .* is not an allowed value; expected one of ""([^""]+)""")]
    private static partial Regex EnumViolation();

    private static string Truncate(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
