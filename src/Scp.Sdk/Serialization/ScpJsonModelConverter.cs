using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scp.Sdk.Serialization;

/// <summary>
/// Lets System.Text.Json (including a source-generated <c>JsonSerializerContext</c>) use a generated type's own
/// reflection-free reader and writer. Applied to every generated type with <c>[JsonConverter]</c>.
/// </summary>
/// <typeparam name="T">The generated type.</typeparam>
public sealed class ScpJsonModelConverter<T> : JsonConverter<T>
    where T : IScpJsonModel<T>
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => T.ReadJson(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        value.WriteJson(writer);
    }
}
