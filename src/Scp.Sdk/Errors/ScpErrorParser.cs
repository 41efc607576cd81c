using System.Text;
using System.Text.Json;
using Scp.Sdk.Catalog;

namespace Scp.Sdk.Errors;

/// <summary>
/// Reads SCP error bodies: <c>{"errors":[{code,title,status,detail,request_id,global_request_id}]}</c>, the gateway's
/// <c>{status,name,message}</c>, Spring-style <c>{timestamp,path,status,error,message}</c>, other JSON and plain text.
/// </summary>
public static class ScpErrorParser
{
    private const int MaxTextLength = 500;

    /// <summary>Parses an error response into an <see cref="ScpError"/>. Never throws on a malformed body.</summary>
    /// <param name="statusCode">HTTP status code.</param>
    /// <param name="reasonPhrase">HTTP reason phrase, when known.</param>
    /// <param name="body">The response body.</param>
    /// <param name="headerRequestId">A request id from the response headers, when sent.</param>
    /// <param name="product">The product called, used in hints.</param>
    public static ScpError Parse(int statusCode, string? reasonPhrase, ReadOnlySpan<byte> body, string? headerRequestId = null, string? product = null)
    {
        var parsed = TryParseJson(body) ?? ParseText(body);
        return new ScpError
        {
            StatusCode = statusCode,
            ReasonPhrase = reasonPhrase,
            Code = parsed.Code,
            Title = parsed.Title,
            Details = parsed.Details,
            RequestId = parsed.RequestId ?? Blank(headerRequestId),
            GlobalRequestId = parsed.GlobalRequestId,
            Shape = parsed.Shape,
            Hint = HintFor(statusCode, product),
        };
    }

    /// <summary>
    /// What to check for an SCP error: the one hint table, used by <see cref="Parse"/> (which knows only the status and
    /// product) and by callers that know more (the MCP server adds the region and whether the call changes something).
    /// Null for a status without a usual cause.
    /// </summary>
    /// <param name="statusCode">HTTP status, or null when no answer came (the network or endpoint failed).</param>
    /// <param name="product">The product called, when known.</param>
    /// <param name="region">The region called, when known.</param>
    /// <param name="safety">The operation's safety class, when known: a failed write may have taken effect.</param>
    public static string? HintFor(int? statusCode, string? product = null, string? region = null, ScpSafety? safety = null)
    {
        var productText = product is null ? "the product" : $"the product '{product}'";
        var regionText = region is null ? "the region" : $"the region ({region})";
        return statusCode switch
        {
            400 or 422 => "SCP rejected the request: compare the arguments with the operation's input schema and the detail, fix them and call again.",
            401 => "SCP did not accept the signature. Check that the access key and secret key belong together (SCP_ACCESS_KEY, SCP_SECRET_KEY, " +
                   "SCP_ACCOUNT_ID or ~/.scpconf), that this machine's clock is correct (Scp-Timestamp must be close to SCP's time; sync with NTP), " +
                   $"and that the account is subscribed to {productText} in this region.",
            403 => $"The key is valid but not allowed to do this. Check the IAM policy of the access key's user for {productText} and the account id.",
            404 => $"Nothing was found at this path. Check the id (copy it from a list call), {regionText} and environment, and that " +
                   $"{productText} is available there; a resource just deleted also answers 404.",
            409 => "The resource is not in a state that allows this call (for example still CREATING or in use), or the name is taken. " +
                   "Wait until its state settles (read it again) or choose another name, then retry.",
            429 => "SCP is limiting the request rate. Wait (see Retry-After) and retry fewer calls at a time.",
            >= 500 when safety == ScpSafety.Read => "SCP failed internally: retry later.",
            >= 500 when safety is null => "SCP failed internally: retry later; if the call changes something, first read the resource to check whether the change took effect.",
            >= 500 => "SCP failed internally: before retrying, read the resource to check whether the change took effect (writes are not idempotent).",
            null => $"SCP could not be reached: check the network, the endpoint (SCP_ENDPOINT_OVERRIDE) and {regionText}, then retry.",
            _ => null,
        };
    }

    private static Parsed? TryParseJson(ReadOnlySpan<byte> body)
    {
        var trimmed = TrimStart(body);
        if (trimmed.IsEmpty || (trimmed[0] != (byte)'{' && trimmed[0] != (byte)'['))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(trimmed, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new Parsed("json") { Details = [Truncate(root.GetRawText())] };
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                return FromErrorsArray(root, errors);
            }

            if (root.TryGetProperty("timestamp", out _) && root.TryGetProperty("error", out var springError))
            {
                var details = new List<string>();
                AddDetail(details, Property(root, "message"));
                if (Text(root, "path") is { } path)
                {
                    details.Add($"path {path}");
                }

                return new Parsed("spring") { Title = Text(springError), Details = details, RequestId = Text(root, "request_id") ?? Text(root, "requestId") };
            }

            if (root.TryGetProperty("name", out var name) && root.TryGetProperty("message", out var message))
            {
                var details = new List<string>();
                AddDetail(details, message);
                return new Parsed("gateway") { Code = Text(name), Title = Text(name), Details = details, RequestId = Text(root, "request_id") };
            }

            var generic = new List<string>();
            AddDetail(generic, Property(root, "detail") ?? Property(root, "message") ?? Property(root, "error_message"));
            return new Parsed("json")
            {
                Code = Text(root, "code") ?? Text(root, "error_code"),
                Title = Text(root, "title") ?? Text(root, "error"),
                Details = generic.Count > 0 ? generic : [Truncate(root.GetRawText())],
                RequestId = Text(root, "request_id"),
                GlobalRequestId = Text(root, "global_request_id"),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Parsed FromErrorsArray(JsonElement root, JsonElement errors)
    {
        var details = new List<string>();
        string? code = null, title = null, requestId = null, globalRequestId = null;
        foreach (var error in errors.EnumerateArray())
        {
            if (error.ValueKind != JsonValueKind.Object)
            {
                AddDetail(details, error);
                continue;
            }

            code ??= Text(error, "code");
            title ??= Text(error, "title");
            requestId ??= Text(error, "request_id");
            globalRequestId ??= Text(error, "global_request_id");
            AddDetail(details, Property(error, "detail") ?? Property(error, "message"));
        }

        return new Parsed("errors")
        {
            Code = code,
            Title = title,
            Details = details,
            RequestId = requestId ?? Text(root, "request_id"),
            GlobalRequestId = globalRequestId ?? Text(root, "global_request_id"),
        };
    }

    private static Parsed ParseText(ReadOnlySpan<byte> body)
    {
        if (TrimStart(body).IsEmpty)
        {
            return new Parsed("empty");
        }

        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, MaxTextLength * 4)]);
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new Parsed("text") { Details = [Truncate(collapsed)] };
    }

    private static void AddDetail(List<string> details, JsonElement? value)
    {
        switch (value?.ValueKind)
        {
            case JsonValueKind.String when value.Value.GetString() is { Length: > 0 } text:
                details.Add(Truncate(text));
                break;
            case JsonValueKind.Array:
                foreach (var item in value.Value.EnumerateArray())
                {
                    AddDetail(details, item);
                }

                break;
            case JsonValueKind.Object or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                details.Add(Truncate(value.Value.GetRawText()));
                break;
        }
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    private static string? Text(JsonElement element, string name) => Property(element, name) is { } value ? Text(value) : null;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Blank(value.GetString()),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Truncate(string text) => text.Length <= MaxTextLength ? text : string.Concat(text.AsSpan(0, MaxTextLength), "…");

    private static ReadOnlySpan<byte> TrimStart(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        return body.TrimStart(" \t\r\n"u8);
    }

    private sealed class Parsed(string shape)
    {
        public string Shape { get; } = shape;

        public string? Code { get; init; }

        public string? Title { get; init; }

        public IReadOnlyList<string> Details { get; init; } = [];

        public string? RequestId { get; init; }

        public string? GlobalRequestId { get; init; }
    }
}
