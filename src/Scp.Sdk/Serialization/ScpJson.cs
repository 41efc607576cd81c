using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Scp.Sdk.Serialization;

/// <summary>
/// Reflection-free JSON helpers the generated models and operations call (trimming and Native-AOT safe).
/// Readers are positioned on the value's first token and leave the reader on its last token.
/// </summary>
public static partial class ScpJson
{
    /// <summary>Reads a string or null.</summary>
    public static string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw Unexpected(ref reader, "a string"),
    };

    /// <summary>Reads a boolean or null.</summary>
    public static bool? ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unexpected(ref reader, "a boolean"),
    };

    /// <summary>Reads an integer or null.</summary>
    public static long? ReadInt64(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetInt64(out var value) => value,
        _ => throw Unexpected(ref reader, "an integer"),
    };

    /// <summary>
    /// Reads a decimal from a JSON number or a numeric string (SCP's docs show some decimals quoted, e.g.
    /// <c>"usage_gb": "123.4"</c>), or null.
    /// </summary>
    public static decimal? ReadDecimal(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetDecimal(out var value) => value,
        JsonTokenType.String when decimal.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
        _ => throw Unexpected(ref reader, "a number or a numeric string"),
    };

    /// <summary>Reads any JSON value; null for a JSON null.</summary>
    public static JsonElement? ReadAny(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);

    /// <summary>Reads a generated object model, or null.</summary>
    public static T? ReadObject<T>(ref Utf8JsonReader reader)
        where T : class, IScpJsonModel<T> =>
        reader.TokenType == JsonTokenType.Null ? null : T.ReadJson(ref reader);

    /// <summary>Reads a generated value type (open enum, date-time), or null.</summary>
    public static T? ReadValue<T>(ref Utf8JsonReader reader)
        where T : struct, IScpJsonModel<T> =>
        reader.TokenType == JsonTokenType.Null ? null : T.ReadJson(ref reader);

    /// <summary>Reads an array, or null.</summary>
    public static IList<T>? ReadList<T>(ref Utf8JsonReader reader, ScpJsonReadFunc<T> readItem)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, "an array");
        }

        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(readItem(ref reader));
        }

        return list;
    }

    /// <summary>
    /// Reads a value with <paramref name="read"/>; when the JSON does not fit the declared type (SCP's examples and
    /// responses sometimes send <c>"3"</c> for an integer or an object for an array), rewinds the reader and returns
    /// false so the caller can keep the raw value instead of failing the whole response.
    /// </summary>
    public static bool TryRead<T>(ref Utf8JsonReader reader, ScpJsonReadFunc<T> read, out T value)
    {
        ArgumentNullException.ThrowIfNull(read);
        var start = reader;
        try
        {
            value = read(ref reader);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            reader = start;
            value = default!;
            return false;
        }
    }

    /// <summary>
    /// Reads a property value with <paramref name="read"/>, or, when it does not fit the declared type, keeps it raw in
    /// <paramref name="additional"/> under <paramref name="name"/> and returns the default.
    /// </summary>
    public static T ReadOrKeep<T>(ref Utf8JsonReader reader, ScpJsonReadFunc<T> read, ref IDictionary<string, JsonElement>? additional, string name)
    {
        if (TryRead(ref reader, read, out var value))
        {
            return value;
        }

        AddAdditional(ref additional, name, ref reader);
        return default!;
    }

    /// <summary>True when <paramref name="additional"/> holds <paramref name="name"/> (a value kept raw by <see cref="TryRead"/>).</summary>
    public static bool HasAdditional(IDictionary<string, JsonElement>? additional, string name) =>
        additional is not null && additional.ContainsKey(name);

    /// <summary>Checks that the reader is on the start of an object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, "an object for " + typeName);
        }
    }

    /// <summary>Reads the next property name of an object; false at the end of the object.</summary>
    public static bool ReadPropertyName(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read())
        {
            throw new JsonException("Unexpected end of JSON inside an object.");
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        if (!reader.Read())
        {
            throw new JsonException($"Unexpected end of JSON after property '{name}'.");
        }

        return true;
    }

    /// <summary>Keeps an unknown property so a round trip loses nothing.</summary>
    public static void AddAdditional(ref IDictionary<string, JsonElement>? additional, string name, ref Utf8JsonReader reader)
    {
        additional ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        additional[name] = JsonElement.ParseValue(ref reader);
    }

    /// <summary>Serializes a value with its writer into compact UTF-8 JSON.</summary>
    public static ReadOnlyMemory<byte> Serialize<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, value);
        }

        return buffer.WrittenMemory;
    }

    /// <summary>Deserializes a response body with a reader; the body must hold exactly one JSON value.</summary>
    public static T Deserialize<T>(ReadOnlyMemory<byte> json, ScpJsonReadFunc<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var reader = new Utf8JsonReader(json.Span);
        if (!reader.Read())
        {
            throw new JsonException("The response body is empty but a JSON value was expected.");
        }

        return read(ref reader);
    }

    /// <summary>Formats a parameter value for a path, query or header, invariantly.</summary>
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a parameter value for a path, query or header, invariantly.</summary>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a parameter value for a path, query or header (<c>true</c>/<c>false</c>).</summary>
    public static string Format(bool value) => value ? "true" : "false";

    /// <summary>Formats a parameter value for a path, query or header.</summary>
    public static string Format(string value) => value;

    /// <summary>Formats a date-time parameter as its text.</summary>
    public static string Format(ScpDateTime value) => value.Text;

    private static JsonException Unexpected(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected} but found {reader.TokenType} at byte {reader.TokenStartIndex}.");
}
