using System.Text.Json;
using Scp.Sdk.Catalog;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Tools;

/// <summary>Builds the SCP request of an operation from validated tool arguments, using only the descriptor.</summary>
public static class RequestBuilder
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

    /// <summary>The wire text of a scalar argument (a string as is, a number or boolean as JSON, objects as JSON).</summary>
    public static string ToText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
