using System.Text.Json;

namespace Scp.Mcp.Server.Tools;

/// <summary>A failed SCP call, reduced to what an agent can act on.</summary>
public sealed record ScpErrorInfo
{
    /// <summary>HTTP status, when SCP answered.</summary>
    public int? Status { get; init; }

    /// <summary>SCP's error code (or the gateway's error name).</summary>
    public string? Code { get; init; }

    /// <summary>SCP's error title.</summary>
    public string? Title { get; init; }

    /// <summary>SCP's detail text (a list of details is joined).</summary>
    public string? Detail { get; init; }

    /// <summary>SCP's request id, for support.</summary>
    public string? RequestId { get; init; }

    /// <summary>
    /// Reads SCP's error shapes: <c>{"errors":[{code,title,status,detail,request_id}]}</c>, the gateway's
    /// <c>{status,name,message}</c> and Spring's <c>{timestamp,path,status,error}</c>; anything else becomes the detail.
    /// </summary>
    public static ScpErrorInfo FromResponse(int status, ReadOnlySpan<byte> body, string? requestId)
    {
        var info = new ScpErrorInfo { Status = status, RequestId = requestId };
        if (body.IsEmpty)
        {
            return info;
        }

        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return info with { Detail = Shorten(root.GetRawText()) };
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                && errors.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first)
            {
                return info with
                {
                    Code = Text(first, "code"),
                    Title = Text(first, "title"),
                    Detail = Text(first, "detail"),
                    RequestId = Text(first, "request_id") ?? requestId,
                };
            }

            return info with
            {
                Code = Text(root, "code") ?? Text(root, "name") ?? Text(root, "error"),
                Detail = Text(root, "message") ?? Text(root, "detail") ?? Text(root, "path"),
                RequestId = Text(root, "request_id") ?? requestId,
            };
        }
        catch (JsonException)
        {
            return info with { Detail = Shorten(System.Text.Encoding.UTF8.GetString(body)) };
        }
    }

    private static string? Text(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
    }

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..497] + "...";
}
