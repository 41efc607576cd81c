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
            writer.Summary(property.Description ?? property.WireName)
                .Line("[global::System.Text.Json.Serialization.JsonPropertyName(" + CSharp.Literal(property.WireName) + ")]")
                .Line("public " + (property.Required ? "required " : string.Empty) + TypeSyntax.Name(property.Type, ns, IsNullable(property)) + " " + property.Name + " { get; set; }")
                .Line();
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
            writer.Line("case " + CSharp.Literal(property.WireName) + ":")
                .Line("    value." + property.Name + " = " + TypeSyntax.Read(property.Type, ns, "reader", IsNullable(property)) + ";")
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
            var nullable = IsNullable(property);
            var write = TypeSyntax.Write(property.Type, ns, "writer", property.Name, nullable) + ";";
            var name = "writer.WritePropertyName(" + CSharp.Literal(property.WireName) + ");";
            if (property.Required || !nullable)
            {
                writer.Line(name).Line(write);
            }
            else
            {
                writer.Open("if (" + property.Name + " is not null)").Line(name).Line(write).Close();
            }
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
            .Open("public readonly partial struct " + name + " : global::System.IEquatable<" + name + ">, global::Scp.Sdk.Serialization.IScpJsonModel<" + name + ">")
            .Line("private readonly string? _value;")
            .Line()
            .Line("/// <summary>Wraps a value (known or not).</summary>")
            .Open("public " + name + "(string value)")
            .Line("global::System.ArgumentNullException.ThrowIfNull(value);")
            .Line("_value = value;")
            .Close()
            .Line();
        foreach (var member in type.EnumMembers)
        {
            writer.Line("/// <summary>The value <c>" + SourceWriter.Xml(member.Value) + "</c>.</summary>")
                .Line("public static " + name + " " + member.Name + " { get; } = new(" + CSharp.Literal(member.Value) + ");")
                .Line();
        }

        var known = type.EnumMembers.Count == 0 ? "false" : "Value is " + string.Join(" or ", type.EnumMembers.Select(static m => CSharp.Literal(m.Value)));
        writer.Line("/// <summary>The value as sent on the wire.</summary>")
            .Line("public string Value => _value ?? string.Empty;")
            .Line()
            .Line("/// <summary>True when the spec lists this value.</summary>")
            .Line("public bool IsKnown => " + known + ";")
            .Line()
            .Line("/// <summary>Compares two values ordinally.</summary>")
            .Line("public static bool operator ==(" + name + " left, " + name + " right) => left.Equals(right);")
            .Line()
            .Line("/// <summary>Compares two values ordinally.</summary>")
            .Line("public static bool operator !=(" + name + " left, " + name + " right) => !left.Equals(right);")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line("public static " + name + " ReadJson(ref global::System.Text.Json.Utf8JsonReader reader) =>")
            .Line("    reader.TokenType == global::System.Text.Json.JsonTokenType.String")
            .Line("        ? new " + name + "(reader.GetString()!)")
            .Line("        : throw new global::System.Text.Json.JsonException(\"Expected a string for " + name + " but found \" + reader.TokenType + \".\");")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line("public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)")
            .Line("{")
            .Line("    global::System.ArgumentNullException.ThrowIfNull(writer);")
            .Line("    writer.WriteStringValue(Value);")
            .Line("}")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line("public bool Equals(" + name + " other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line("public override bool Equals(object? obj) => obj is " + name + " other && Equals(other);")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);")
            .Line()
            .Line("/// <inheritdoc/>")
            .Line("public override string ToString() => Value;")
            .Close();
    }

    /// <summary>Optional properties and properties the spec marks nullable are nullable in C#.</summary>
    internal static bool IsNullable(PropertyModel property) => property.Nullable || !property.Required;
}
