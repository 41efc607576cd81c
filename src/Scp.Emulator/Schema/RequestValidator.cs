using System.Text.Json.Nodes;
using Scp.Emulator.Behaviour;
using Scp.Sdk.Catalog;

namespace Scp.Emulator.Schema;

/// <summary>Validates a request's path, query, header parameters and body against its operation's spec.</summary>
internal static class RequestValidator
{
    /// <summary>Returns null when valid, otherwise a message naming the field and what is expected.</summary>
    public static string? Validate(EmulatorRequest request, SchemaValidator validator)
    {
        var operation = request.Route.Operation;
        foreach (var parameter in operation.Parameters)
        {
            var schema = SchemaSet.Parse(parameter.SchemaJson);
            IReadOnlyList<string>? values = parameter.Location switch
            {
                ScpParameterLocation.Path => request.Route.PathValues.TryGetValue(parameter.Name, out var p) ? [p] : null,
                ScpParameterLocation.Query => request.Query.TryGetValue(parameter.Name, out var q) && q.Count > 0 ? q : null,
                _ => request.Header(parameter.Name) is { } h ? [h] : null,
            };

            var where = parameter.Location switch
            {
                ScpParameterLocation.Path => "path parameter",
                ScpParameterLocation.Query => "query parameter",
                _ => "header",
            };

            if (values is null || (values.Count == 1 && values[0].Length == 0 && parameter.Location == ScpParameterLocation.Query && parameter.Required))
            {
                if (parameter.Required)
                {
                    return $"The {where} '{parameter.Name}' is required.";
                }

                continue;
            }

            if (values.Count == 1 && values[0].Length == 0 && !parameter.Required)
            {
                continue;
            }

            var problem = validator.ValidateRaw(values, schema, $"{where} '{parameter.Name}'");
            if (problem is not null)
            {
                return problem;
            }
        }

        if (operation.BodySchemaJson is null)
        {
            return null;
        }

        if (request.Body is null)
        {
            return operation.BodyRequired ? "The request body is required (application/json)." : null;
        }

        return validator.Validate(request.Body, SchemaSet.Parse(operation.BodySchemaJson), "body");
    }

    /// <summary>Parses the body; returns a message when it is not JSON.</summary>
    public static string? ParseBody(ReadOnlySpan<byte> bytes, out JsonNode? body)
    {
        body = null;
        if (bytes.IsEmpty || bytes.Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }

        try
        {
            body = JsonNode.Parse(bytes);
            return null;
        }
        catch (System.Text.Json.JsonException ex)
        {
            return $"The request body is not valid JSON: {ex.Message}";
        }
    }
}
