using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scp.Sdk.Serialization;

/// <summary>
/// A <c>date-time</c> value exactly as SCP sent it. SCP's formats vary (with and without offsets, fractions),
/// so the text is kept and written back unchanged; <see cref="TryGetDateTimeOffset"/> interprets it.
/// </summary>
[JsonConverter(typeof(ScpJsonModelConverter<ScpDateTime>))]
public readonly struct ScpDateTime : IEquatable<ScpDateTime>, IScpJsonModel<ScpDateTime>
{
    private readonly string? _text;

    /// <summary>Wraps the text of a date-time value.</summary>
    public ScpDateTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    /// <summary>The text as sent on the wire.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>Creates a value from a <see cref="DateTimeOffset"/> in ISO 8601 round-trip form.</summary>
    public static ScpDateTime FromDateTimeOffset(DateTimeOffset value) =>
        new(value.ToString("O", CultureInfo.InvariantCulture));

    /// <summary>Interprets the text as a date-time (ISO 8601; no offset means UTC).</summary>
    public bool TryGetDateTimeOffset(out DateTimeOffset value) =>
        DateTimeOffset.TryParse(Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    /// <inheritdoc/>
    public static ScpDateTime ReadJson(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String
            ? new ScpDateTime(reader.GetString()!)
            : throw new JsonException($"Expected a date-time string but found {reader.TokenType}.");

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Text);
    }

    /// <inheritdoc/>
    public bool Equals(ScpDateTime other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ScpDateTime other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>Compares two values by their text.</summary>
    public static bool operator ==(ScpDateTime left, ScpDateTime right) => left.Equals(right);

    /// <summary>Compares two values by their text.</summary>
    public static bool operator !=(ScpDateTime left, ScpDateTime right) => !left.Equals(right);
}
