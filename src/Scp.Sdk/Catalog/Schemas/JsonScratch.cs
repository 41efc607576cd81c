using System.Buffers;
using System.Text.Json;

namespace Scp.Sdk.Catalog.Schemas;

/// <summary>
/// Writes JSON into a per-thread reusable buffer and parses it into a <see cref="JsonElement"/>: composing the 148 tools'
/// schemas at start-up writes several hundred documents, and growing a fresh buffer for each was a good part of the
/// garbage (and so of the collections) before the first <c>tools/list</c> reply. Each thread keeps two buffers, so a
/// write may run inside another one's <c>finish</c> step (the output schema is relaxed from the written one).
/// </summary>
internal static class JsonScratch
{
    private const int InitialCapacity = 16 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>?[]? t_buffers;

    /// <summary>
    /// Runs <paramref name="write"/> and returns what it wrote as a self-contained element; with <paramref name="finish"/>,
    /// returns <paramref name="finish"/>'s result instead, given a view of what was written that is valid only during the call.
    /// </summary>
    public static JsonElement Write(JsonWriterOptions options, Action<Utf8JsonWriter> write, Func<JsonElement, JsonElement>? finish = null)
    {
        var buffer = Rent();
        try
        {
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                write(json);
            }

            if (finish is null)
            {
                return JsonElement.Parse(buffer.WrittenSpan);
            }

            using var written = JsonDocument.Parse(buffer.WrittenMemory);
            return finish(written.RootElement);
        }
        finally
        {
            Return(buffer);
        }
    }

    private static ArrayBufferWriter<byte> Rent()
    {
        var buffers = t_buffers ??= new ArrayBufferWriter<byte>?[2];
        for (var i = 0; i < buffers.Length; i++)
        {
            if (buffers[i] is { } buffer)
            {
                buffers[i] = null;
                return buffer;
            }
        }

        return new ArrayBufferWriter<byte>(InitialCapacity);
    }

    private static void Return(ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        var buffers = t_buffers!;
        for (var i = 0; i < buffers.Length; i++)
        {
            if (buffers[i] is null)
            {
                buffers[i] = buffer;
                return;
            }
        }
    }
}
