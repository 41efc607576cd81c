using System;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Emitting;

/// <summary>C# type names, readers and writers for a <see cref="TypeRef"/> in generated code.</summary>
internal static class TypeSyntax
{
    public const string Json = "global::Scp.Sdk.Serialization.ScpJson";
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";

    /// <summary>The C# type, with <c>?</c> when <paramref name="nullable"/>.</summary>
    public static string Name(TypeRef type, string ns, bool nullable = false) => Base(type, ns) + (nullable ? "?" : string.Empty);

    /// <summary>An expression reading a value of <paramref name="type"/> from <paramref name="reader"/> (non-null unless <paramref name="nullable"/>).</summary>
    public static string Read(TypeRef type, string ns, string reader, bool nullable)
    {
        var expression = type.Kind switch
        {
            TypeRefKind.String => Json + ".ReadString(ref " + reader + ")",
            TypeRefKind.Boolean => Json + ".ReadBoolean(ref " + reader + ")",
            TypeRefKind.Int64 => Json + ".ReadInt64(ref " + reader + ")",
            TypeRefKind.Decimal => Json + ".ReadDecimal(ref " + reader + ")",
            TypeRefKind.Any => Json + ".ReadAny(ref " + reader + ")",
            TypeRefKind.DateTime or TypeRefKind.Enum => Json + ".ReadValue<" + Base(type, ns) + ">(ref " + reader + ")",
            TypeRefKind.Object => Json + ".ReadObject<" + Base(type, ns) + ">(ref " + reader + ")",
            TypeRefKind.List => Json + ".ReadList<" + Base(type.Item, ns) + ">(ref " + reader + ", static (ref " + Reader + " r) => " + Read(type.Item, ns, "r", nullable: false) + ")",
            _ => throw new InvalidOperationException("Unknown kind " + type.Kind),
        };
        if (nullable)
        {
            return expression;
        }

        return type.IsValueType ? expression + ".GetValueOrDefault()" : expression + "!";
    }

    /// <summary>A statement writing <paramref name="value"/> (possibly null when <paramref name="nullable"/>) to <paramref name="writer"/>.</summary>
    public static string Write(TypeRef type, string ns, string writer, string value, bool nullable) => type.Kind switch
    {
        TypeRefKind.String or TypeRefKind.Boolean or TypeRefKind.Int64 or TypeRefKind.Decimal or TypeRefKind.Any =>
            Json + ".Write(" + writer + ", " + value + ")",
        TypeRefKind.DateTime or TypeRefKind.Enum => nullable
            ? Json + ".WriteValue(" + writer + ", " + value + ")"
            : value + ".WriteJson(" + writer + ")",
        TypeRefKind.Object => Json + ".WriteObject(" + writer + ", " + value + ")",
        TypeRefKind.List => Json + ".WriteList(" + writer + ", " + value + ", static (w, item) => " + Write(type.Item, ns, "w", "item", nullable: false) + ")",
        _ => throw new InvalidOperationException("Unknown kind " + type.Kind),
    };

    /// <summary>
    /// A model property read: <c>ScpJson.ReadOrKeep{Kind}[List]&lt;T&gt;(ref reader, ref additional, name)</c>, nullable,
    /// keeping a value that does not fit the type raw. No per-property lambda.
    /// </summary>
    public static string ReadProperty(TypeRef type, string ns)
    {
        var (kind, item) = type.Kind == TypeRefKind.List ? (type.ItemKind, type.Item) : (type.Kind, type);
        var list = type.Kind == TypeRefKind.List ? "List" : string.Empty;
        return Json + ".ReadOrKeep" + Suffix(kind) + list + Generic(item, ns) + "(ref reader, ref additional, name)";
    }

    /// <summary>A model property write of a possibly-null value. No per-property lambda.</summary>
    public static string WriteProperty(TypeRef type, string ns, string value) => type.Kind == TypeRefKind.List
        ? Json + ".Write" + Suffix(type.ItemKind) + "List(writer, " + value + ")"
        : Write(type, ns, "writer", value, nullable: true);

    /// <summary>Serializes a non-null body value to UTF-8 JSON.</summary>
    public static string Serialize(TypeRef type, string ns, string value) => type.Kind == TypeRefKind.Object
        ? Json + ".SerializeObject(" + value + ")"
        : Json + ".Serialize(" + value + ", static (w, v) => " + Write(type, ns, "w", "v", nullable: false) + ")";

    /// <summary>Deserializes a response body into a non-null value.</summary>
    public static string Deserialize(TypeRef type, string ns, string body) => type.Kind switch
    {
        TypeRefKind.Object => Json + ".DeserializeObject<" + Base(type, ns) + ">(" + body + ")",
        TypeRefKind.List when type.ItemKind == TypeRefKind.Object => Json + ".DeserializeObjectList<" + Base(type.Item, ns) + ">(" + body + ")",
        _ => Json + ".Deserialize(" + body + ", static (ref " + Reader + " r) => " + Read(type, ns, "r", nullable: false) + ")",
    };

    private static string Suffix(TypeRefKind kind) => kind switch
    {
        TypeRefKind.DateTime or TypeRefKind.Enum => "Value",
        TypeRefKind.List => "Any",
        _ => kind.ToString(),
    };

    private static string Generic(TypeRef type, string ns) =>
        type.Kind is TypeRefKind.Object or TypeRefKind.DateTime or TypeRefKind.Enum ? "<" + Base(type, ns) + ">" : string.Empty;

    /// <summary>An expression formatting a non-null scalar parameter value for a path, query or header.</summary>
    public static string Format(TypeRef type, string value) =>
        type.Kind == TypeRefKind.Enum ? Json + ".Format(" + value + ".Value)" : Json + ".Format(" + value + ")";

    private static string Base(TypeRef type, string ns) => type.Kind switch
    {
        TypeRefKind.String => "string",
        TypeRefKind.Boolean => "bool",
        TypeRefKind.Int64 => "long",
        TypeRefKind.Decimal => "decimal",
        TypeRefKind.Any => "global::System.Text.Json.JsonElement",
        TypeRefKind.DateTime => "global::Scp.Sdk.Serialization.ScpDateTime",
        TypeRefKind.Object or TypeRefKind.Enum => "global::" + ns + "." + type.Name,
        TypeRefKind.List => "global::System.Collections.Generic.IList<" + Base(type.Item, ns) + ">",
        _ => throw new InvalidOperationException("Unknown kind " + type.Kind),
    };
}
