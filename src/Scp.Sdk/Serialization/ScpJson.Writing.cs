using System.Text.Json;

namespace Scp.Sdk.Serialization;

/// <summary>Writers the generated models and operations call (reflection-free).</summary>
public static partial class ScpJson
{
    /// <summary>Writes the properties kept by <see cref="AddAdditional"/>.</summary>
    public static void WriteAdditional(Utf8JsonWriter writer, IDictionary<string, JsonElement>? additional)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (additional is null)
        {
            return;
        }

        foreach (var (name, value) in additional)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    /// <summary>Writes a string or null.</summary>
    public static void Write(Utf8JsonWriter writer, string? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    /// <summary>Writes a boolean or null.</summary>
    public static void Write(Utf8JsonWriter writer, bool? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            writer.WriteBooleanValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes an integer or null.</summary>
    public static void Write(Utf8JsonWriter writer, long? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            writer.WriteNumberValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes a decimal as a JSON number, or null.</summary>
    public static void Write(Utf8JsonWriter writer, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            writer.WriteNumberValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes any JSON value or null.</summary>
    public static void Write(Utf8JsonWriter writer, JsonElement? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            v.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes a generated object model (or a non-null open enum or date-time), or null.</summary>
    public static void WriteObject<T>(Utf8JsonWriter writer, T? value)
        where T : IScpJsonModel<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteJson(writer);
        }
    }

    /// <summary>Writes a generated open enum or date-time, or null.</summary>
    public static void WriteValue<T>(Utf8JsonWriter writer, T? value)
        where T : struct, IScpJsonModel<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            v.WriteJson(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes an array, or null.</summary>
    public static void WriteList<T>(Utf8JsonWriter writer, IEnumerable<T>? values, Action<Utf8JsonWriter, T> writeItem)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(writeItem);
        if (values is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var value in values)
        {
            writeItem(writer, value);
        }

        writer.WriteEndArray();
    }
}
