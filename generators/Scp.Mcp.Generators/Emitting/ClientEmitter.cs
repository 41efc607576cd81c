using System.Collections.Generic;
using System.Linq;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Emitting;

/// <summary>Emits <c>{Product}.{Version}.Client.g.cs</c>: one async method per operation-version.</summary>
internal static class ClientEmitter
{
    private const string Invoker = "global::Scp.Sdk.Invocation.IScpOperationInvoker";

    public static string Emit(SpecModel spec)
    {
        var writer = new SourceWriter().Header(spec.Namespace);
        writer.Summary("Operations of " + spec.ServiceName + " (" + spec.Product + " " + spec.Version + ").", spec.IsCurrentVersion ? null : "This API version is deprecated" + Until(spec.SupportedUntil) + ".")
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Open("public sealed partial class " + spec.ClientName)
            .Line("private readonly " + Invoker + " _invoker;")
            .Line()
            .Line("internal " + spec.ClientName + "(" + Invoker + " invoker) => _invoker = invoker;");
        foreach (var operation in spec.Operations)
        {
            writer.Line();
            EmitOperation(writer, spec, operation);
        }

        writer.Close();
        return writer.ToString();
    }

    private static void EmitOperation(SourceWriter writer, SpecModel spec, OperationModel operation)
    {
        var ns = spec.Namespace;
        var ordered = Order(operation).ToList();
        var signature = new List<string>();
        foreach (var (parameter, body) in ordered)
        {
            if (body is not null)
            {
                signature.Add(TypeSyntax.Name(body.Type, ns, !body.Required) + " body" + (body.Required ? string.Empty : " = null"));
            }
            else
            {
                signature.Add(TypeSyntax.Name(parameter!.Type, ns, !parameter.Required) + " " + parameter.Name + (parameter.Required ? string.Empty : " = null"));
            }
        }

        signature.Add("global::System.Threading.CancellationToken cancellationToken = default");
        var returnType = operation.ReturnType is null
            ? "global::Scp.Sdk.Invocation.ScpOperationResponse"
            : TypeSyntax.Name(operation.ReturnType, ns);

        writer.Summary(operation.Summary + ": " + operation.HttpMethod + " " + operation.PathTemplate, operation.Description);
        foreach (var parameter in operation.Parameters)
        {
            writer.Line("/// <param name=\"" + parameter.Name.TrimStart('@') + "\">" + SourceWriter.Xml(OneLine(parameter.Description ?? parameter.WireName)) + " (" + parameter.Location.ToLowerInvariant() + " <c>" + SourceWriter.Xml(parameter.WireName) + "</c>)</param>");
        }

        if (operation.Body is not null)
        {
            writer.Line("/// <param name=\"body\">The JSON request body.</param>");
        }

        writer.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        if (operation.Deprecated || !spec.IsCurrentVersion)
        {
            writer.Line("[global::System.Obsolete(" + CSharp.Literal("SCP marks " + operation.OperationId + " " + spec.Version + " deprecated" + Until(operation.SupportedUntil ?? spec.SupportedUntil) + "; use the current version.") + ")]");
        }

        writer.Open("public async global::System.Threading.Tasks.Task<" + returnType + "> " + operation.OperationId + "Async(" + string.Join(", ", signature) + ")");
        foreach (var (parameter, body) in ordered)
        {
            var required = body?.Required ?? parameter!.Required;
            var type = body?.Type ?? parameter!.Type;
            if (required && !type.IsValueType)
            {
                writer.Line("global::System.ArgumentNullException.ThrowIfNull(" + (body is null ? parameter!.Name : "body") + ");");
            }
        }

        writer.Open("var request = new global::Scp.Sdk.Invocation.ScpOperationRequest")
            .Line("Operation = global::" + ns + "." + spec.CatalogName + "." + operation.OperationId + "Operation,");
        if (operation.Body is { } requestBody)
        {
            var bodyValue = requestBody.Required || !requestBody.Type.IsValueType ? "body" : "body.Value";
            var serialize = TypeSyntax.Serialize(requestBody.Type, ns, bodyValue);
            writer.Line("JsonBody = " + (requestBody.Required ? serialize : "body is null ? null : " + serialize) + ",");
        }

        writer.Close(";");
        foreach (var parameter in operation.Parameters)
        {
            EmitParameter(writer, parameter);
        }

        writer.Line()
            .Line("var response = await _invoker.SendAsync(request, cancellationToken).ConfigureAwait(false);");
        writer.Line(operation.ReturnType is null
            ? "return response;"
            : "return " + TypeSyntax.Deserialize(operation.ReturnType, ns, "response.Body") + ";");
        writer.Close();
    }

    private static void EmitParameter(SourceWriter writer, ParameterModel parameter)
    {
        var wire = CSharp.Literal(parameter.WireName);
        if (parameter.Type.Kind == TypeRefKind.List)
        {
            writer.Open("if (" + parameter.Name + " is not null)")
                .Open("foreach (var item in " + parameter.Name + ")")
                .Line("request.QueryValues.Add(new(" + wire + ", " + TypeSyntax.Format(parameter.Type.Item, "item") + "));")
                .Close()
                .Close();
            return;
        }

        var value = parameter.Required || !parameter.Type.IsValueType ? parameter.Name : parameter.Name + ".Value";
        var add = parameter.Location switch
        {
            "Path" => "request.PathValues[" + wire + "] = " + TypeSyntax.Format(parameter.Type, value) + ";",
            "Header" => "request.HeaderValues[" + wire + "] = " + TypeSyntax.Format(parameter.Type, value) + ";",
            _ => "request.QueryValues.Add(new(" + wire + ", " + TypeSyntax.Format(parameter.Type, value) + "));",
        };
        if (parameter.Required)
        {
            writer.Line(add);
        }
        else
        {
            writer.Open("if (" + parameter.Name + " is not null)").Line(add).Close();
        }
    }

    /// <summary>Required parameters (spec order), then a required body, then optional parameters, then an optional body.</summary>
    private static IEnumerable<(ParameterModel? Parameter, BodyModel? Body)> Order(OperationModel operation)
    {
        foreach (var parameter in operation.Parameters.Where(static p => p.Required))
        {
            yield return (parameter, null);
        }

        if (operation.Body is { Required: true })
        {
            yield return (null, operation.Body);
        }

        foreach (var parameter in operation.Parameters.Where(static p => !p.Required))
        {
            yield return (parameter, null);
        }

        if (operation.Body is { Required: false })
        {
            yield return (null, operation.Body);
        }
    }

    private static string Until(string? date) => date is null ? string.Empty : " (supported until " + date + ")";

    private static string OneLine(string text) => text.Replace("\r", string.Empty).Replace('\n', ' ').Trim();
}
