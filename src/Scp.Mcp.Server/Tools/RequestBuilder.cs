using System.Text.Json;
using Scp.Sdk.Catalog;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Tools;

/// <summary>Builds the SCP request of an operation from validated tool arguments, using only the descriptor.</summary>
internal static class RequestBuilder
{
    /// <summary>Builds the request; <paramref name="arguments"/> is the validated arguments object.</summary>
    public static ScpOperationRequest Build(ScpOperationDescriptor operation, JsonElement arguments)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ReadOnlyMemory<byte>? body = null;
        if (operation.BodySchemaJson is not null
            && arguments.TryGetProperty(ScpSchemaComposer.BodyPropertyName, out var bodyValue)
            && bodyValue.ValueKind != JsonValueKind.Null)
        {
            body = JsonSerializer.SerializeToUtf8Bytes(bodyValue, ToolJsonContext.Default.JsonElement);
        }

        var request = new ScpOperationRequest { Operation = operation, JsonBody = body };
        foreach (var parameter in operation.Parameters)
        {
            if (!arguments.TryGetProperty(parameter.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            switch (parameter.Location)
            {
                case ScpParameterLocation.Path:
                    request.PathValues[parameter.Name] = ToText(value);
                    break;
                case ScpParameterLocation.Query when value.ValueKind == JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray())
                    {
                        request.QueryValues.Add(new(parameter.Name, ToText(item)));
                    }

                    break;
                case ScpParameterLocation.Query:
                    request.QueryValues.Add(new(parameter.Name, ToText(value)));
                    break;
                case ScpParameterLocation.Header:
                    request.HeaderValues[parameter.Name] = ToText(value);
                    break;
            }
        }

        return request;
    }

    /// <summary>
    /// The ids a call targets, as name/value pairs for the confirmation question and the audit log: path parameters,
    /// then top-level body fields named <c>id</c> or <c>*_id(s)</c> (as <c>body.&lt;name&gt;</c>).
    /// </summary>
    public static IReadOnlyList<(string Name, string Value)> TargetIds(ScpOperationDescriptor operation, JsonElement arguments)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var targets = new List<(string Name, string Value)>();
        if (arguments.ValueKind != JsonValueKind.Object)
        {
            return targets;
        }

        foreach (var parameter in operation.Parameters.Where(p => p.Location == ScpParameterLocation.Path))
        {
            if (arguments.TryGetProperty(parameter.Name, out var value))
            {
                targets.Add((parameter.Name, ToText(value)));
            }
        }

        if (arguments.TryGetProperty(ScpSchemaComposer.BodyPropertyName, out var body) && body.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in body.EnumerateObject())
            {
                if (property.Name == "id" || property.Name.EndsWith("_id", StringComparison.Ordinal)
                    || property.Name.EndsWith("_ids", StringComparison.Ordinal))
                {
                    targets.Add(("body." + property.Name, ToText(property.Value)));
                }
            }
        }

        return targets;
    }

    /// <summary>The wire text of a scalar argument (a string as is, a number or boolean as JSON, objects as JSON).</summary>
    public static string ToText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
