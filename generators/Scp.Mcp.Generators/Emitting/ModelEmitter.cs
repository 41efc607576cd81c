using System.Globalization;
using System.Linq;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Emitting;

/// <summary>Emits <c>{Product}.{Version}.Models.g.cs</c>: one class per object schema and one open enum per string enum.</summary>
internal static class ModelEmitter
{
    private const string Converter = "[global::System.Text.Json.Serialization.JsonConverter(typeof(global::Scp.Sdk.Serialization.ScpJsonModelConverter<{0}>))]";

    private const string Dictionary = "global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>";

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
        var name = type.Name;
        var hasRequired = type.Properties.Any(static p => p.Required);
        writer.Summary(type.Description ?? "The " + type.SchemaName + " schema.").Lines($$"""
            {{SourceWriter.GeneratedCodeAttribute}}
            {{string.Format(CultureInfo.InvariantCulture, Converter, name)}}
            public sealed partial class {{name}} : global::Scp.Sdk.Serialization.IScpJsonModel<{{name}}>
            {
            """).Indent().Lines($$"""
            /// <summary>Creates an empty instance.</summary>
            public {{name}}()
            {
            }

            """);
        if (hasRequired)
        {
            writer.Lines($$"""
                #pragma warning disable CS8618 // ReadJson sets the required members from the JSON.
                [global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
                private {{name}}(bool fromJson)
                {
                    _ = fromJson;
                }
                #pragma warning restore CS8618

                """);
        }

        foreach (var property in type.Properties)
        {
            // A required value absent from the JSON stays absent when written back (HasBackingField).
            var accessors = HasBackingField(property)
                ? "{ get => " + Field(property) + ".GetValueOrDefault(); set => " + Field(property) + " = value; }"
                : "{ get; set; }";
            writer.Summary(property.Description ?? property.WireName).Lines($$"""
                [global::System.Text.Json.Serialization.JsonPropertyName({{CSharp.Literal(property.WireName)}})]
                public {{(property.Required ? "required " : string.Empty)}}{{TypeSyntax.Name(property.Type, ns, IsNullable(property))}} {{property.Name}} {{accessors}}

                """);
        }

        foreach (var property in type.Properties.Where(HasBackingField))
        {
            writer.Lines($$"""
                private {{TypeSyntax.Name(property.Type, ns, nullable: true)}} {{Field(property)}};

                """);
        }

        writer.Lines($$"""
            /// <summary>Properties the spec does not describe, kept so a round trip loses nothing.</summary>
            public {{Dictionary}}? AdditionalProperties { get; set; }

            /// <inheritdoc/>
            public static {{name}} ReadJson(ref global::System.Text.Json.Utf8JsonReader reader)
            {
                {{TypeSyntax.Json}}.ExpectStartObject(ref reader, {{CSharp.Literal(name)}});
                var value = new {{name}}({{(hasRequired ? "fromJson: true" : string.Empty)}});
                {{Dictionary}}? additional = null;
                while ({{TypeSyntax.Json}}.ReadPropertyName(ref reader, out var name))
                {
                    switch (name)
                    {
            {{string.Concat(type.Properties.Select(p => ReadCase(p, ns)))}}            default:
                            {{TypeSyntax.Json}}.AddAdditional(ref additional, name, ref reader);
                            break;
                    }
                }

                value.AdditionalProperties = additional;
                return value;
            }

            /// <inheritdoc/>
            public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)
            {
                global::System.ArgumentNullException.ThrowIfNull(writer);
                writer.WriteStartObject();
            {{string.Concat(type.Properties.Select(p => WriteIf(p, ns)))}}    {{TypeSyntax.Json}}.WriteAdditional(writer, AdditionalProperties);
                writer.WriteEndObject();
            }
            """).Close();
    }

    /// <summary>The <c>case</c> of <c>ReadJson</c>'s switch that reads one property (ends with a line break).</summary>
    private static string ReadCase(PropertyModel property, string ns)
    {
        var target = HasBackingField(property) ? "value." + Field(property) : "value." + property.Name;
        var suffix = IsNullable(property) || HasBackingField(property) ? string.Empty : "!";
        return $$"""
                        case {{CSharp.Literal(property.WireName)}}:
                            {{target}} = {{TypeSyntax.ReadProperty(property.Type, ns)}}{{suffix}};
                            break;

            """;
    }

    /// <summary>The block of <c>WriteJson</c> that writes one property when it has a value (ends with a blank line).</summary>
    private static string WriteIf(PropertyModel property, string ns)
    {
        var value = HasBackingField(property) ? Field(property) : property.Name;
        var condition = property.Required && property.Nullable
            ? value + " is not null || !" + TypeSyntax.Json + ".HasAdditional(AdditionalProperties, " + CSharp.Literal(property.WireName) + ")"
            : value + " is not null";
        return $$"""
                if ({{condition}})
                {
                    writer.WritePropertyName({{CSharp.Literal(property.WireName)}});
                    {{TypeSyntax.WriteProperty(property.Type, ns, value)}};
                }


            """;
    }

    private static void EmitEnum(SourceWriter writer, TypeModel type)
    {
        var name = type.Name;
        var known = type.EnumMembers.Count == 0 ? "false" : "Value is " + string.Join(" or ", type.EnumMembers.Select(static m => CSharp.Literal(m.Value)));
        var members = string.Concat(type.EnumMembers.Select(m => $$"""
                /// <summary>The value <c>{{SourceWriter.Xml(m.Value)}}</c>.</summary>
                public static {{name}} {{m.Name}} { get; } = new({{CSharp.Literal(m.Value)}});


            """));
        writer.Summary(type.Description ?? "Values of " + type.SchemaName + "; values the spec does not list are kept as they are.").Lines($$"""
            {{SourceWriter.GeneratedCodeAttribute}}
            {{string.Format(CultureInfo.InvariantCulture, Converter, name)}}
            public readonly partial record struct {{name}}(string Value) : global::Scp.Sdk.Serialization.IScpJsonModel<{{name}}>
            {
            {{members}}    /// <summary>True when the spec lists this value.</summary>
                public bool IsKnown => {{known}};

                /// <inheritdoc/>
                public static {{name}} ReadJson(ref global::System.Text.Json.Utf8JsonReader reader) => new({{TypeSyntax.Json}}.ReadEnumText(ref reader, {{CSharp.Literal(name)}}));

                /// <inheritdoc/>
                public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer) => {{TypeSyntax.Json}}.WriteEnumText(writer, Value);

                /// <inheritdoc/>
                public override string ToString() => Value ?? string.Empty;
            }
            """);
    }

    /// <summary>A required, non-nullable value-type property keeps a nullable field, so "absent" survives a round trip.</summary>
    private static bool HasBackingField(PropertyModel property) => !IsNullable(property) && property.Type.IsValueType;

    private static string Field(PropertyModel property) => "_" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);

    /// <summary>Optional properties and properties the spec marks nullable are nullable in C#.</summary>
    internal static bool IsNullable(PropertyModel property) => property.Nullable || !property.Required;
}
