using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scp.Mcp.Generators.Diagnostics;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Parsing;

/// <summary>Paths → operations.</summary>
internal sealed partial class SpecReader
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];
    private static readonly Regex PathParameter = new(@"\{([^}]+)\}", RegexOptions.CultureInvariant);

    private List<OperationModel> ReadOperations(JsonElement paths)
    {
        var operations = new List<OperationModel>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths.EnumerateObject())
        {
            if (path.Value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var pathLocation = locator.FindKey(path.Name);
            foreach (var method in Methods)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!JsonText.TryGetObject(path.Value, method, out var operation))
                {
                    continue;
                }

                var httpMethod = method.ToUpperInvariant();
                var operationId = JsonText.GetString(operation, "operationId");
                var location = operationId is null ? pathLocation : locator.Find("\"" + operationId + "\"", pathLocation);
                if (!Naming.IsPascalIdentifier(operationId))
                {
                    Report(DiagnosticDescriptors.InvalidOperationId.Id, location, httpMethod, path.Name, operationId ?? string.Empty);
                    continue;
                }

                if (!seen.Add(operationId!))
                {
                    Report(DiagnosticDescriptors.DuplicateOperationId.Id, location, operationId!, httpMethod, path.Name);
                    continue;
                }

                var model = ReadOperation(operationId!, httpMethod, path.Name, operation, location);
                if (model is not null)
                {
                    operations.Add(model);
                }
            }
        }

        return operations;
    }

    private OperationModel? ReadOperation(string operationId, string httpMethod, string pathTemplate, JsonElement operation, SourceLocation location)
    {
        var problem = (string?)null;
        var memberNames = new HashSet<string>(StringComparer.Ordinal) { "body", "cancellationToken", "request", "response" };
        var parameters = new List<ParameterModel>();
        if (operation.TryGetProperty("parameters", out var parameterList) && parameterList.ValueKind == JsonValueKind.Array)
        {
            foreach (var parameter in parameterList.EnumerateArray())
            {
                var parsed = ReadParameter(operationId, parameter, memberNames, ref problem);
                if (parsed is not null)
                {
                    parameters.Add(parsed);
                }
            }
        }

        foreach (Match match in PathParameter.Matches(pathTemplate))
        {
            var name = match.Groups[1].Value;
            if (!parameters.Any(p => p.Location == "Path" && p.WireName == name))
            {
                problem ??= "the path parameter {" + name + "} is not declared";
            }
        }

        var body = ReadBody(operationId, operation, ref problem);
        var responses = ReadResponses(operationId, operation, ref problem, out var returnType);
        if (ReportUnresolved(location, "the operation " + operationId + " is skipped"))
        {
            return null;
        }

        if (problem is not null)
        {
            Report(DiagnosticDescriptors.UnsupportedConstruct.Id, location, operationId, problem);
            return null;
        }

        return new OperationModel(
            operationId,
            httpMethod,
            pathTemplate,
            JsonText.GetString(operation, "summary") ?? operationId,
            JsonText.GetString(operation, "description") ?? string.Empty,
            JsonText.GetBool(operation, "deprecated"),
            JsonText.GetString(operation, "x-scp-supported-until"),
            parameters.ToEquatableArray(),
            body,
            responses.ToEquatableArray(),
            returnType);
    }

    private ParameterModel? ReadParameter(string operationId, JsonElement parameter, HashSet<string> memberNames, ref string? problem)
    {
        var name = JsonText.GetString(parameter, "name");
        var location = JsonText.GetString(parameter, "in") switch
        {
            "path" => "Path",
            "query" => "Query",
            "header" => "Header",
            _ => null,
        };
        if (string.IsNullOrEmpty(name) || location is null)
        {
            problem ??= "a parameter '" + (name ?? "?") + "' in '" + (JsonText.GetString(parameter, "in") ?? "?") + "' (only path, query and header are supported)";
            return null;
        }

        var schema = parameter.TryGetProperty("schema", out var s) ? s : default;
        var type = MapSchema(schema, operationId + Naming.ToPascal(name!), out _);
        var scalar = IsScalar(type.Kind);
        if (!scalar && !(location == "Query" && type.Kind == TypeRefKind.List && IsScalar(type.ItemKind)))
        {
            problem ??= "the " + location.ToLowerInvariant() + " parameter '" + name + "' is not a scalar" + (location == "Query" ? " or an array of scalars" : string.Empty);
        }

        return new ParameterModel(
            name!,
            Naming.Unique(Naming.ToCamel(name!), memberNames),
            location,
            location == "Path" || JsonText.GetBool(parameter, "required"),
            JsonText.GetString(parameter, "description"),
            schema.ValueKind == JsonValueKind.Object ? JsonText.Compact(schema) : "{}",
            type);
    }

    private BodyModel? ReadBody(string operationId, JsonElement operation, ref string? problem)
    {
        if (!JsonText.TryGetObject(operation, "requestBody", out var requestBody))
        {
            return null;
        }

        if (!JsonText.TryGetObject(requestBody, "content", out var content) || !JsonText.TryGetObject(content, "application/json", out var media))
        {
            problem ??= "a request body that is not application/json";
            return null;
        }

        var hasSchema = JsonText.TryGetObject(media, "schema", out var schema);
        var type = hasSchema ? MapSchema(schema, operationId + "Request", out _) : TypeRef.AnyValue;
        return new BodyModel(
            JsonText.GetBool(requestBody, "required"),
            hasSchema ? JsonText.Compact(schema) : "{}",
            media.TryGetProperty("example", out var example) ? JsonText.Compact(example) : null,
            type);
    }

    private List<ResponseModel> ReadResponses(string operationId, JsonElement operation, ref string? problem, out TypeRef? returnType)
    {
        returnType = null;
        var responses = new List<ResponseModel>();
        if (!JsonText.TryGetObject(operation, "responses", out var responseMap))
        {
            return responses;
        }

        var bestStatus = int.MaxValue;
        foreach (var response in responseMap.EnumerateObject())
        {
            if (!int.TryParse(response.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            {
                problem ??= "the response key '" + response.Name + "' is not a status code";
                continue;
            }

            string? schemaJson = null;
            string? exampleJson = null;
            if (JsonText.TryGetObject(response.Value, "content", out var content) && JsonText.TryGetObject(content, "application/json", out var media))
            {
                if (JsonText.TryGetObject(media, "schema", out var schema))
                {
                    schemaJson = JsonText.Compact(schema);
                    if (status is >= 200 and < 300 && status < bestStatus)
                    {
                        bestStatus = status;
                        returnType = MapSchema(schema, operationId + "Response", out _);
                    }
                }

                exampleJson = media.TryGetProperty("example", out var example) ? JsonText.Compact(example) : null;
            }

            responses.Add(new ResponseModel(status, JsonText.GetString(response.Value, "description") ?? string.Empty, schemaJson, exampleJson));
        }

        return responses;
    }

    private static bool IsScalar(TypeRefKind kind) =>
        kind is TypeRefKind.String or TypeRefKind.Boolean or TypeRefKind.Int64 or TypeRefKind.Decimal or TypeRefKind.DateTime or TypeRefKind.Enum;
}
