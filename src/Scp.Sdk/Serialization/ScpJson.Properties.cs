using System.Text.Json;

namespace Scp.Sdk.Serialization;

/// <summary>
/// Property readers and writers for generated models, one per kind, so the generated code calls them without
/// per-property lambdas (smaller code, cheaper to compile and to analyse for trimming). A value that does not fit
/// the declared type is kept raw in the model's additional properties (see <see cref="ReadOrKeep"/>).
/// </summary>
public static partial class ScpJson
{
    /// <summary>Reads a string property value, or keeps a value that is not one.</summary>
    public static string? ReadOrKeepString(ref Utf8JsonReader reader, ref IDictionary<string, JsonElement>? additional, string name) =>
        ReadOrKeep(ref reader, static (ref Utf8JsonReader r) => ReadString(ref r), ref additional, name);

    /// <summary>Reads an array-of-string property value, or keeps a value that is not one.</summary>
    public static IList<string>? ReadOrKeepStringList(ref Utf8JsonReader reader, ref IDictionary<string, JsonElement>? additional, string name) =>
        ReadOrKeep(ref reader, static (ref Utf8JsonReader r) => ReadList(ref r, static (ref Utf8JsonReader i) => ReadString(ref i)!), ref additional, name);

    /// <summary>Writes an array of string, or null.</summary>
    public static void WriteStringList(Utf8JsonWriter writer, IEnumerable<string>? values) =>
        WriteList(writer, values, static (w, v) => Write(w, v));

    /// <summary>Reads a bool property value, or keeps a value that is not one.</summary>
    public static bool? ReadOrKeepBoolean(ref Utf8JsonReader reader, ref IDictionary<string, JsonElement>? additional, string name) =>
        ReadOrKeep(ref reader, static (ref Utf8JsonReader r) => ReadBoolean(ref r), ref additional, name);

    /// <summary>Reads an array-of-bool property value, or keeps a value that is not one.</summary>
    public static IList<bool>? ReadOrKeepBooleanList(ref Utf8JsonReader reader, ref IDictionary<string, JsonElement>? additional, string name) =>
        ReadOrKeep(ref reader, static (ref Utf8JsonReader r) => ReadList(ref r, static (ref Utf8JsonReader i) => ReadBoolean(ref i).GetValueOrDefault()), ref additional, name);

    /// <summary>Writes an array of bool, or null.</summary>
    public static void WriteBooleanList(Utf8JsonWriter writer, IEnumerable<bool>? values) =>
        WriteList(writer, values, static (w, v) => Write(w, v));

    /// <summary>Reads a long property value, or keeps a value that is not one.</summary>
    public static long? ReadOrKeepInt64(ref Utf8JsonReader reader, ref IDictionary<string, JsonElement>? additional, string name) =>
        ReadOrKeep(ref reader, static (ref Utf8JsonReader r) => ReadInt64(ref r), ref additional, name);

    /// <summary>Reads an array-of-long property value, or keeps a value that is not one.</summary>
    public static IList<long>? ReadOrKeepInt64List(ref Utf8JsonReader reader, ref IDictionary<string, JsonElement>? additional, string name) =>
        ReadOrKeep(ref reader, static (ref Utf8JsonReader r) => ReadList(ref r, static (ref Utf8JsonReader i) => ReadInt64(ref i).GetValueOrDefault()), ref additional, name);

    /// <summary>Writes an array of long, or null.</summary>
    public static void WriteInt64List(Utf8JsonWriter writer, IEnumerable<long>? values) =>
        WriteList(writer, values, static (w, v) => Write(w, v));

    /// <summary>Reads a decimal property value (a JSON number or a numeric string), or keeps a value that is not one.</summary>
    public static decimal? ReadOrKeepDecimal(ref Utf8JsonReader reader, ref IDictionary<string, JsonElement>? additional, string name) =>
        ReadOrKeep(ref reader, static (ref Utf8JsonReader r) => ReadDecimal(ref r), ref additional, name);

    /// <summary>Reads an array-of-decimal property value, or keeps a value that is not one.</summary>
    public static IList<decimal>? ReadOrKeepDecimalList(ref Utf8JsonReader reader, ref IDictionary<string, JsonElement>? additional, string name) =>
        ReadOrKeep(ref reader, static (ref Utf8JsonReader r) => ReadList(ref r, static (ref Utf8JsonReader i) => ReadDecimal(ref i).GetValueOrDefault()), ref additional, name);

    /// <summary>Writes an array of decimal, or null.</summary>
    public static void WriteDecimalList(Utf8JsonWriter writer, IEnumerable<decimal>? values) =>
        WriteList(writer, values, static (w, v) => Write(w, v));

    /// <summary>Reads a JsonElement property value, or keeps a value that is not one.</summary>
    public static JsonElement? ReadOrKeepAny(ref Utf8JsonReader reader, ref IDictionary<string, JsonElement>? additional, string name) =>
        ReadOrKeep(ref reader, static (ref Utf8JsonReader r) => ReadAny(ref r), ref additional, name);

    /// <summary>Reads an array-of-JsonElement property value, or keeps a value that is not one.</summary>
    public static IList<JsonElement>? ReadOrKeepAnyList(ref Utf8JsonReader reader, ref IDictionary<string, JsonElement>? additional, string name) =>
        ReadOrKeep(ref reader, static (ref Utf8JsonReader r) => ReadList(ref r, static (ref Utf8JsonReader i) => ReadAny(ref i).GetValueOrDefault()), ref additional, name);

    /// <summary>Writes an array of JsonElement, or null.</summary>
    public static void WriteAnyList(Utf8JsonWriter writer, IEnumerable<JsonElement>? values) =>
        WriteList(writer, values, static (w, v) => Write(w, v));

    /// <summary>Reads a generated object property value, or keeps a value that is not one.</summary>
    public static T? ReadOrKeepObject<T>(ref Utf8JsonReader reader, ref IDictionary<string, JsonElement>? additional, string name)
        where T : class, IScpJsonModel<T> =>
        ReadOrKeep(ref reader, static (ref Utf8JsonReader r) => ReadObject<T>(ref r), ref additional, name);

    /// <summary>Reads an array-of-objects property value, or keeps a value that is not one.</summary>
    public static IList<T>? ReadOrKeepObjectList<T>(ref Utf8JsonReader reader, ref IDictionary<string, JsonElement>? additional, string name)
        where T : class, IScpJsonModel<T> =>
        ReadOrKeep(ref reader, static (ref Utf8JsonReader r) => ReadList(ref r, static (ref Utf8JsonReader i) => ReadObject<T>(ref i)!), ref additional, name);

    /// <summary>Writes an array of generated objects, or null.</summary>
    public static void WriteObjectList<T>(Utf8JsonWriter writer, IEnumerable<T>? values)
        where T : class, IScpJsonModel<T> =>
        WriteList(writer, values, static (w, v) => WriteObject(w, v));

    /// <summary>Reads an open-enum or date-time property value, or keeps a value that is not one.</summary>
    public static T? ReadOrKeepValue<T>(ref Utf8JsonReader reader, ref IDictionary<string, JsonElement>? additional, string name)
        where T : struct, IScpJsonModel<T> =>
        ReadOrKeep(ref reader, static (ref Utf8JsonReader r) => ReadValue<T>(ref r), ref additional, name);

    /// <summary>Reads an array of open-enum or date-time values, or keeps a value that is not one.</summary>
    public static IList<T>? ReadOrKeepValueList<T>(ref Utf8JsonReader reader, ref IDictionary<string, JsonElement>? additional, string name)
        where T : struct, IScpJsonModel<T> =>
        ReadOrKeep(ref reader, static (ref Utf8JsonReader r) => ReadList(ref r, static (ref Utf8JsonReader i) => ReadValue<T>(ref i).GetValueOrDefault()), ref additional, name);

    /// <summary>Writes an array of open-enum or date-time values, or null.</summary>
    public static void WriteValueList<T>(Utf8JsonWriter writer, IEnumerable<T>? values)
        where T : struct, IScpJsonModel<T> =>
        WriteList(writer, values, static (w, v) => v.WriteJson(w));

    /// <summary>Serializes a generated object into compact UTF-8 JSON.</summary>
    public static ReadOnlyMemory<byte> SerializeObject<T>(T value)
        where T : class, IScpJsonModel<T> =>
        Serialize(value, static (w, v) => v.WriteJson(w));

    /// <summary>Deserializes a response body holding one generated object.</summary>
    public static T DeserializeObject<T>(ReadOnlyMemory<byte> json)
        where T : class, IScpJsonModel<T> =>
        Deserialize(json, static (ref Utf8JsonReader r) => ReadObject<T>(ref r)!);

    /// <summary>Deserializes a response body holding an array of generated objects.</summary>
    public static IList<T> DeserializeObjectList<T>(ReadOnlyMemory<byte> json)
        where T : class, IScpJsonModel<T> =>
        Deserialize(json, static (ref Utf8JsonReader r) => ReadList(ref r, static (ref Utf8JsonReader i) => ReadObject<T>(ref i)!)!);

    /// <summary>Reads the string of an open enum value.</summary>
    public static string ReadEnumText(ref Utf8JsonReader reader, string typeName) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Expected a string for {typeName} but found {reader.TokenType}.");

    /// <summary>Writes the string of an open enum value (empty for a default instance).</summary>
    public static void WriteEnumText(Utf8JsonWriter writer, string? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value ?? string.Empty);
    }
}
