using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Sdk.Catalog;

/// <summary>
/// Composes an operation's tool schemas at run time from its descriptor and its spec's component schemas
/// (the generator emits components once per spec; inlining them per operation would explode the source).
/// Input: <c>{"type":"object","properties":{…parameters by wire name…,"body":…},"required":[…],
/// "$defs":{…reachable components…}}</c>. Output: the first 2xx response schema
/// with content, wrapped as <c>{"result": …}</c> when it is not an object, relaxed so that it promises only what SCP
/// keeps (<see cref="OutputSchemaRelaxer"/>: nothing required, nullable, open objects, no value constraints). Results are cached per descriptor and
/// dialect; any number of threads may compose at once. AOT-safe: no serializer metadata (UTF-8 writer and
/// <see cref="JsonElement"/>s; the flat dialect rewrites the composed schema as a node tree).
/// </summary>
public static class ScpSchemaComposer
{
    /// <summary>Name of the input property that carries the request body.</summary>
    public const string BodyPropertyName = "body";

    /// <summary>Name of the output property that carries a non-object response.</summary>
    public const string ResultPropertyName = "result";

    private static readonly ConditionalWeakTable<ScpOperationDescriptor, ScpComposedSchemas[]> Cache = new();
    private static readonly ConditionalWeakTable<ScpApiDescriptor, ComponentSchemas> Components = new();

    /// <summary>
    /// Returns the composed (cached) input and output schemas of <paramref name="operation"/>, their descriptions in
    /// <paramref name="language"/> (English: the spec's strings replaced by their translations where there is one).
    /// </summary>
    public static ScpComposedSchemas Compose(
        ScpOperationDescriptor operation, ScpSchemaDialect dialect = ScpSchemaDialect.Default, ScpTextLanguage language = ScpTextLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var slots = Cache.GetValue(operation, static _ => new ScpComposedSchemas[4]);
        var index = ((int)dialect * 2) + (int)language;
        var cached = Volatile.Read(ref slots[index]);
        if (cached is not null)
        {
            return cached;
        }

        var composed = Build(operation, dialect, language);
        Interlocked.CompareExchange(ref slots[index], composed, null);
        return slots[index];
    }

    /// <summary>The input schema of <paramref name="operation"/>.</summary>
    public static JsonElement GetInputSchema(
        ScpOperationDescriptor operation, ScpSchemaDialect dialect = ScpSchemaDialect.Default, ScpTextLanguage language = ScpTextLanguage.English)
        => Compose(operation, dialect, language).Input;

    /// <summary>The output schema of <paramref name="operation"/> (always an object schema).</summary>
    public static JsonElement GetOutputSchema(
        ScpOperationDescriptor operation, ScpSchemaDialect dialect = ScpSchemaDialect.Default, ScpTextLanguage language = ScpTextLanguage.English)
        => Compose(operation, dialect, language).Output;

    private static ScpComposedSchemas Build(ScpOperationDescriptor operation, ScpSchemaDialect dialect, ScpTextLanguage language)
    {
        if (dialect == ScpSchemaDialect.Flat)
        {
            var standard = Compose(operation, ScpSchemaDialect.Default, language);
            return new ScpComposedSchemas(ToDialect(standard.Input, dialect), ToDialect(standard.Output, dialect), standard.OutputWrapped);
        }

        var components = Components.GetValue(operation.Api, static api => ParseComponents(api));
        var properties = new List<(string Name, JsonElement Schema, string? Description, bool Required)>(operation.Parameters.Count + 1);
        foreach (var parameter in operation.Parameters)
        {
            var description = string.IsNullOrWhiteSpace(parameter.Description) ? null : parameter.Description;
            properties.Add((parameter.Name, ParseSchema(parameter.SchemaJson, operation, parameter.Name), description, parameter.Required));
        }

        if (operation.BodySchemaJson is not null)
        {
            properties.Add((BodyPropertyName, ParseSchema(operation.BodySchemaJson, operation, BodyPropertyName), null, operation.BodyRequired));
        }

        Func<string, string>? text = language == ScpTextLanguage.English ? original => operation.Api.Text(original, language) : null;
        var input = SchemaWriter.WriteInput(components, properties, text, operation.Title);
        var response = operation.SuccessResponse;
        var (output, wrapped) = SchemaWriter.WriteOutput(
            components, response?.SchemaJson is { } json ? ParseSchema(json, operation, "response") : null, text, OutputSchemaRelaxer.Relax);
        return new ScpComposedSchemas(input, output, wrapped);
    }

    /// <summary>
    /// <paramref name="schema"/> (an object schema in the default dialect) in <paramref name="dialect"/>: unchanged for
    /// <see cref="ScpSchemaDialect.Default"/>; for <see cref="ScpSchemaDialect.Flat"/> with <c>$ref</c>s inlined and no
    /// <c>$defs</c>, type arrays or <c>additionalProperties</c>. Also for schemas written by hand, such as meta-tools'.
    /// </summary>
    public static JsonElement ToDialect(JsonElement schema, ScpSchemaDialect dialect)
    {
        if (dialect == ScpSchemaDialect.Default)
        {
            return schema;
        }

        var flat = SchemaFlattener.Flatten(JsonObject.Create(schema)!);

        // JsonNode.WriteTo needs no serializer metadata, so this stays AOT-safe without a JsonSerializerContext.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, SchemaWriter.WriterOptions))
        {
            flat.WriteTo(writer);
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }

    private static JsonElement ParseSchema(string json, ScpOperationDescriptor operation, string what)
    {
        JsonElement schema;
        try
        {
            schema = JsonElement.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Schema of '{what}' in {operation} is not valid JSON: {ex.Message}", ex);
        }

        return schema.ValueKind == JsonValueKind.Object
            ? schema
            : throw new InvalidOperationException($"Schema of '{what}' in {operation} is not a JSON object.");
    }

    private static ComponentSchemas ParseComponents(ScpApiDescriptor api)
    {
        if (string.IsNullOrWhiteSpace(api.ComponentsJson))
        {
            return ComponentSchemas.Empty;
        }

        try
        {
            return ComponentSchemas.Parse(api.ComponentsJson)
                ?? throw new InvalidOperationException($"Component schemas of {api} ({api.SpecPath}) are not a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Component schemas of {api} ({api.SpecPath}) are not valid JSON: {ex.Message}", ex);
        }
    }
}
