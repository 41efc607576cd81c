using System.Linq;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Emitting;

/// <summary>Emits <c>{Product}.{Version}.Models.g.cs</c>: one class per object schema and one open enum per string enum.</summary>
internal static class ModelEmitter
{
    private const string Converter = "[global::System.Text.Json.Serialization.JsonConverter(typeof(global::Scp.Sdk.Serialization.ScpJsonModelConverter<{0}>))]";

    public static string Emit(SpecModel spec)
    {
        var writer = new SourceWriter().Header(spec.Namespace);
        var first = true;
        foreach (var type in spec.Types)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            if (type.IsEnum)
            {
                EmitEnum(writer, type);
            }
            else
            {
                EmitObject(writer, spec.Namespace, type);
            }
        }

        return writer.ToString();
    }

    private static void EmitObject(SourceWriter writer, string ns, TypeModel type)
    {
        var hasRequired = type.Properties.Any(static p => p.Required);
        writer.Summary(type.Description ?? "The " + type.SchemaName + " schema.")
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Line(string.Format(System.Globalization.CultureInfo.InvariantCulture, Converter, type.Name))
            .Open("public sealed partial class " + type.Name + " : global::Scp.Sdk.Serialization.IScpJsonModel<" + type.Name + ">");
        writer.Line("/// <summary>Creates an empty instance.</summary>").Open("public " + type.Name + "()").Close().Line();
        if (hasRequired)
        {
            writer.Line("#pragma warning disable CS8618 // ReadJson sets the required members from the JSON.")
                .Line("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]")
                .Open("private " + type.Name + "(bool fromJson)").Line("_ = fromJson;").Close()
                .Line("#pragma warning restore CS8618").Line();
        }

        foreach (var property in type.Properties)
        {
            var declaration = "public " + (property.Required ? "required " : string.Empty) + TypeSyntax.Name(property.Type, ns, IsNullable(property)) + " " + property.Name;
            writer.Summary(property.Description ?? property.WireName)
                .Line("[global::System.Text.Json.Serialization.JsonPropertyName(" + CSharp.Literal(property.WireName) + ")]");
            if (HasBackingField(property))
            {
                // A required value absent from the JSON stays absent when written back.
                writer.Line(declaration + " { get => " + Field(property) + ".GetValueOrDefault(); set => " + Field(property) + " = value; }");
            }
            else
            {
                writer.Line(declaration + " { get; set; }");
            }

            writer.Line();
        }

        foreach (var property in type.Properties.Where(HasBackingField))
        {
            writer.Line("private " + TypeSyntax.Name(property.Type, ns, nullable: true) + " " + Field(property) + ";").Line();
        }

        writer.Line("/// <summary>Properties the spec does not describe, kept so a round trip loses nothing.</summary>")
            .Line("public global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? AdditionalProperties { get; set; }")
            .Line();

        writer.Line("/// <inheritdoc/>")
            .Open("public static " + type.Name + " ReadJson(ref global::System.Text.Json.Utf8JsonReader reader)")
            .Line(TypeSyntax.Json + ".ExpectStartObject(ref reader, " + CSharp.Literal(type.Name) + ");")
            .Line("var value = new " + type.Name + (hasRequired ? "(fromJson: true);" : "();"))
            .Line("global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? additional = null;")
            .Open("while (" + TypeSyntax.Json + ".ReadPropertyName(ref reader, out var name))")
            .Open("switch (name)");
        foreach (var property in type.Properties)
        {
            var target = HasBackingField(property) ? "value." + Field(property) : "value." + property.Name;
            var suffix = IsNullable(property) || HasBackingField(property) ? string.Empty : "!";
            writer.Line("case " + CSharp.Literal(property.WireName) + ":")
                .Line("    " + target + " = " + TypeSyntax.ReadProperty(property.Type, ns) + suffix + ";")
                .Line("    break;");
        }

        writer.Line("default:")
            .Line("    " + TypeSyntax.Json + ".AddAdditional(ref additional, name, ref reader);")
            .Line("    break;")
            .Close()
            .Close()
            .Line()
            .Line("value.AdditionalProperties = additional;")
            .Line("return value;")
            .Close()
            .Line();

        writer.Line("/// <inheritdoc/>")
            .Open("public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)")
            .Line("global::System.ArgumentNullException.ThrowIfNull(writer);")
            .Line("writer.WriteStartObject();");
        foreach (var property in type.Properties)
        {
            var backing = HasBackingField(property);
            var value = backing ? Field(property) : property.Name;
            var write = TypeSyntax.WriteProperty(property.Type, ns, value) + ";";
            var condition = property.Required && property.Nullable
                ? value + " is not null || !" + TypeSyntax.Json + ".HasAdditional(AdditionalProperties, " + CSharp.Literal(property.WireName) + ")"
                : value + " is not null";
            writer.Open("if (" + condition + ")")
                .Line("writer.WritePropertyName(" + CSharp.Literal(property.WireName) + ");")
                .Line(write)
                .Close()
                .Line();
        }

        writer.Line(TypeSyntax.Json + ".WriteAdditional(writer, AdditionalProperties);")
            .Line("writer.WriteEndObject();")
            .Close()
            .Close();
    }

    private static void EmitEnum(SourceWriter writer, TypeModel type)
    {
        var name = type.Name;
        writer.Summary(type.Description ?? "Values of " + type.SchemaName + "; values the spec does not list are kept as they are.")
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Line(string.Format(System.Globalization.CultureInfo.InvariantCulture, Converter, name))
            .Open("public readonly partial record struct " + name + "(string Value) : global::Scp.Sdk.Serialization.IScpJsonModel<" + name + ">");
        foreach (var member in type.EnumMembers)
        {
            writer.Line("/// <summary>The value <c>" + SourceWriter.Xml(member.Value) + "</c>.</summary>")
                .Line("public static " + name + " " + member.Name + " { get; } = new(" + CSharp.Literal(member.Value) + ");")
                .Line();
        }

        var known = type.EnumMembers.Count == 0 ? "false" : "Value is " + string.Join(" or ", type.EnumMembers.Select(static m => CSharp.Literal(m.Value)));
        writer.Line("/// <summary>True when the spec lists this value.</summary>")
            .Line("public bool IsKnown => " + known + ";")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line("public static " + name + " ReadJson(ref global::System.Text.Json.Utf8JsonReader reader) => new(" + TypeSyntax.Json + ".ReadEnumText(ref reader, " + CSharp.Literal(name) + "));")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line("public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer) => " + TypeSyntax.Json + ".WriteEnumText(writer, Value);")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line("public override string ToString() => Value ?? string.Empty;")
            .Close();
    }

    /// <summary>A required, non-nullable value-type property keeps a nullable field, so "absent" survives a round trip.</summary>
    private static bool HasBackingField(PropertyModel property) => !IsNullable(property) && property.Type.IsValueType;

    private static string Field(PropertyModel property) => "_" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);

    /// <summary>Optional properties and properties the spec marks nullable are nullable in C#.</summary>
    internal static bool IsNullable(PropertyModel property) => property.Nullable || !property.Required;
}
