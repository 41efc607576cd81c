using System.Text.Json;

namespace Scp.Sdk.Catalog.Schemas;

/// <summary>The input and output schemas composed for one operation in one dialect.</summary>
public sealed class ScpComposedSchemas
{
    /// <summary>Creates the pair.</summary>
    public ScpComposedSchemas(JsonElement input, JsonElement output, bool outputWrapped)
    {
        Input = input;
        Output = output;
        OutputWrapped = outputWrapped;
    }

    /// <summary>The tool input schema: parameters by wire name plus <c>body</c>.</summary>
    public JsonElement Input { get; }

    /// <summary>The tool output schema; always an object schema.</summary>
    public JsonElement Output { get; }

    /// <summary>
    /// True when the response is not an object (array, scalar, or undocumented) and results are wrapped as
    /// <c>{"result": …}</c>.
    /// </summary>
    public bool OutputWrapped { get; }
}
