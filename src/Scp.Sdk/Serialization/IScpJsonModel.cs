using System.Text.Json;

namespace Scp.Sdk.Serialization;

/// <summary>
/// A generated SDK type that reads and writes its own JSON without reflection (trimming and Native-AOT safe).
/// Every generated model and open enum implements it; <see cref="ScpJsonModelConverter{T}"/> adapts it to System.Text.Json.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IScpJsonModel<TSelf>
    where TSelf : IScpJsonModel<TSelf>
{
    /// <summary>Reads one value; the reader is positioned on its first token and is left on its last token.</summary>
    static abstract TSelf ReadJson(ref Utf8JsonReader reader);

    /// <summary>Writes this value.</summary>
    void WriteJson(Utf8JsonWriter writer);
}
