using System.Globalization;
using System.Linq;
using Scp.Mcp.Generators.Model;
using Scp.Mcp.Generators.Parsing;
using Scp.Mcp.Generators.Planning;

namespace Scp.Mcp.Generators.Emitting;

/// <summary>
/// Emits <c>{Product}.{Version}.Catalog.g.cs</c>: the spec's <c>ScpApiDescriptor</c> (its component schemas once, as
/// compact JSON) and one <c>ScpOperationDescriptor</c> per operation-version, whose schemas keep their <c>$ref</c>s.
/// </summary>
internal static class CatalogEmitter
{
    private const string Catalog = "global::Scp.Sdk.Catalog.";

    public static string Emit(CatalogInput input)
    {
        var spec = input.Spec;
        var writer = new SourceWriter().Header(spec.Namespace);
        writer.Line("/// <summary>Catalogue entries of " + SourceWriter.Xml(spec.Product) + " " + SourceWriter.Xml(spec.Version) + " (" + SourceWriter.Xml(spec.SpecPath) + ").</summary>")
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Open("internal static class " + spec.CatalogName)
            .Open("internal static readonly " + Catalog + "ScpApiDescriptor Descriptor = new()")
            .Line("Product = " + CSharp.Literal(spec.Product) + ",")
            .Line("Version = " + CSharp.Literal(spec.Version) + ",")
            .Line("ServiceName = " + CSharp.Literal(spec.ServiceName) + ",")
            .Line("ToolPrefix = " + CSharp.Literal(input.Plan?.Prefix ?? spec.Product) + ",")
            .Line("IsCurrentVersion = " + CSharp.Bool(spec.IsCurrentVersion) + ",")
            .Line("SupportedUntil = " + CSharp.Literal(spec.SupportedUntil) + ",")
            .Line("ServerUrlTemplate = " + CSharp.Literal(spec.ServerUrlTemplate) + ",")
            .Line("Regions = " + StringArray(spec.Regions) + ",")
            .Line("Environments = " + StringArray(spec.Environments) + ",")
            .Line("ComponentsJson = " + CSharp.Literal(spec.ComponentsJson) + ",")
            .Line("SpecPath = " + CSharp.Literal(spec.SpecPath) + ",");
        EmitEnglishText(writer, TextPlanner.TranslationsFor(spec, input.EnglishText));
        writer.Close(";");

        // GETs first: a lifecycle refers to its status GET's field, which must be initialised before it.
        foreach (var operation in spec.Operations.Where(static o => o.HttpMethod == "GET").Concat(spec.Operations.Where(static o => o.HttpMethod != "GET")))
        {
            writer.Line();
            EmitOperation(writer, input, operation);
        }

        writer.Line()
            .Line("/// <summary>Adds this spec's descriptors, operations ordered by operationId.</summary>")
            .Open("internal static void AddTo(global::System.Collections.Generic.List<" + Catalog + "ScpApiDescriptor> apis, global::System.Collections.Generic.List<" + Catalog + "ScpOperationDescriptor> operations)")
            .Line("apis.Add(Descriptor);");
        foreach (var operation in spec.Operations)
        {
            writer.Line("operations.Add(" + operation.OperationId + "Operation);");
        }

        writer.Close().Close();
        return writer.ToString();
    }

    private static void EmitOperation(SourceWriter writer, CatalogInput input, OperationModel operation)
    {
        var spec = input.Spec;
        var plan = input.Plan?.Operations.FirstOrDefault(o => o.OperationId == operation.OperationId);
        var safety = plan?.Safety switch
        {
            "read" => "Read",
            "write" => "Write",
            "destructive" => "Destructive",
            _ => operation.HttpMethod switch { "GET" => "Read", "DELETE" => "Destructive", _ => "Write" },
        };
        var toolName = plan?.ToolName ?? (input.Plan?.Prefix ?? spec.Product) + "_" + Naming.ToSnake(operation.OperationId);
        var supportedUntil = operation.SupportedUntil ?? (operation.Deprecated || !spec.IsCurrentVersion ? spec.SupportedUntil : null);

        writer.Open("internal static readonly " + Catalog + "ScpOperationDescriptor " + operation.OperationId + "Operation = new()")
            .Line("Api = Descriptor,")
            .Line("OperationId = " + CSharp.Literal(operation.OperationId) + ",")
            .Line("ToolName = " + CSharp.Literal(toolName) + ",")
            .Line("Title = " + CSharp.Literal(plan?.Title ?? operation.Summary) + ",")
            .Line("Summary = " + CSharp.Literal(operation.Summary) + ",")
            .Line("Description = " + CSharp.Literal(operation.Description) + ",");
        if (input.EnglishText?.Operations.FirstOrDefault(e => e.Key == operation.OperationId) is { } english)
        {
            writer.Line("EnglishDescription = " + CSharp.Literal(english.English) + ",");
        }

        writer.Line("Method = " + CSharp.Literal(operation.HttpMethod) + ",")
            .Line("PathTemplate = " + CSharp.Literal(operation.PathTemplate) + ",");
        if (operation.Parameters.Count == 0)
        {
            writer.Line("Parameters = global::System.Array.Empty<" + Catalog + "ScpParameterDescriptor>(),");
        }
        else
        {
            writer.Line("Parameters = new " + Catalog + "ScpParameterDescriptor[]").Line("{");
            foreach (var parameter in operation.Parameters)
            {
                writer.Line("    new() { Name = " + CSharp.Literal(parameter.WireName) + ", Location = " + Catalog + "ScpParameterLocation." + parameter.Location
                    + ", Required = " + CSharp.Bool(parameter.Required) + ", Description = " + CSharp.Literal(parameter.Description)
                    + ", SchemaJson = " + CSharp.Literal(parameter.SchemaJson) + " },");
            }

            writer.Line("},");
        }

        if (operation.Body is { } body)
        {
            writer.Line("BodySchemaJson = " + CSharp.Literal(body.SchemaJson) + ",")
                .Line("BodyRequired = " + CSharp.Bool(body.Required) + ",")
                .Line("BodyExampleJson = " + CSharp.Literal(body.ExampleJson) + ",");
        }

        writer.Line("Responses = new " + Catalog + "ScpResponseDescriptor[]").Line("{");
        foreach (var response in operation.Responses)
        {
            writer.Line("    new() { StatusCode = " + response.StatusCode.ToString(CultureInfo.InvariantCulture) + ", Description = " + CSharp.Literal(response.Description)
                + ", SchemaJson = " + CSharp.Literal(response.SchemaJson) + ", ExampleJson = " + CSharp.Literal(response.ExampleJson) + " },");
        }

        writer.Line("},");
        var lifecycle = input.Lifecycles.FirstOrDefault(l => l.OperationId == operation.OperationId);
        if (lifecycle?.SuccessStatus is { } successStatus)
        {
            writer.Line("SuccessStatusCode = " + successStatus.ToString(CultureInfo.InvariantCulture) + ",");
        }

        if (lifecycle?.Asynchronous == true)
        {
            writer.Line("AnswersAsynchronously = true,");
        }

        if (lifecycle?.Lifecycle is { } model)
        {
            Block(writer, Lifecycle(model));
        }

        writer.Line("Safety = " + Catalog + "ScpSafety." + safety + ",")
            .Line("SafetyReason = " + CSharp.Literal(plan?.SafetyReason) + ",")
            .Line("IsCurrent = " + CSharp.Bool(plan?.CurrentVersion == spec.Version) + ",")
            .Line("Deprecated = " + CSharp.Bool(operation.Deprecated) + ",")
            .Line("SupportedUntil = " + CSharp.Literal(supportedUntil) + ",")
            .Line("Hidden = " + CSharp.Bool(plan?.Hidden ?? false) + ",")
            .Close(";");
    }

    /// <summary>The translations of this spec's strings (<c>specs/&lt;product&gt;/text.en.json</c>), original → English.</summary>
    private static void EmitEnglishText(SourceWriter writer, EquatableArray<TextEntry> translations)
    {
        if (translations.Count == 0)
        {
            return;
        }

        writer.Line("EnglishText = new global::System.Collections.Generic.Dictionary<string, string>(" + translations.Count.ToString(CultureInfo.InvariantCulture) + ", global::System.StringComparer.Ordinal)")
            .Line("{");
        foreach (var entry in translations)
        {
            writer.Line("    [" + CSharp.Literal(entry.Key) + "] = " + CSharp.Literal(entry.English) + ",");
        }

        writer.Line("},");
    }

    private static string Lifecycle(LifecycleModel model)
    {
        var arguments = string.Join("\n", model.Arguments.Select(static a =>
            $$"""        new() { Name = {{CSharp.Literal(a.Parameter)}}, FromAnswer = {{CSharp.Bool(a.FromAnswer)}}, Path = {{CSharp.Literal(a.Path)}} },"""));
        return $$"""
            Lifecycle = new()
            {
                StatusOperation = {{model.StatusOperationId}}Operation,
                Arguments = new {{Catalog}}ScpLifecycleArgument[]
                {
            {{arguments}}
                },
                StatePath = {{CSharp.Literal(model.StatePath)}},
                TransitionalStates = {{StringArray(model.TransitionalStates)}},
                FailureStates = {{StringArray(model.FailureStates)}},
                NotFoundMeansDone = {{CSharp.Bool(model.NotFoundMeansDone)}},
            },
            """;
    }

    /// <summary>Writes a multi-line template at the writer's indentation.</summary>
    private static void Block(SourceWriter writer, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            writer.Line(line.TrimEnd('\r'));
        }
    }

    private static string StringArray(EquatableArray<string> values) =>
        values.Count == 0 ? "global::System.Array.Empty<string>()" : "new[] { " + string.Join(", ", values.Select(CSharp.Literal)) + " }";
}
