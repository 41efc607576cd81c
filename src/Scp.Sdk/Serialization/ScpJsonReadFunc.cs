using System.Text.Json;

namespace Scp.Sdk.Serialization;

/// <summary>Reads one value of <typeparamref name="T"/> at the reader's current token (used for array items).</summary>
/// <typeparam name="T">The item type.</typeparam>
public delegate T ScpJsonReadFunc<out T>(ref Utf8JsonReader reader);
