using System.Text.Json;

namespace Scp.SpecCapture.Refining;

/// <summary>The per-field capture decisions, read from <c>capture-decisions.json</c> (embedded in this tool).</summary>
public sealed class CaptureDecisions
{
    private const string ResourceName = "Scp.SpecCapture.capture-decisions.json";
    private static readonly Lazy<CaptureDecisions> LazyDefault = new(() =>
    {
        using var stream = typeof(CaptureDecisions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    /// <summary>Creates a set of decisions.</summary>
    public CaptureDecisions(IReadOnlyList<FieldDecision> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Fields = fields;
    }

    /// <summary>The decisions shipped with the tool (<c>generators/Scp.SpecCapture/capture-decisions.json</c>).</summary>
    public static CaptureDecisions Default => LazyDefault.Value;

    /// <summary>No decisions.</summary>
    public static CaptureDecisions None { get; } = new([]);

    /// <summary>Per-field schema decisions.</summary>
    public IReadOnlyList<FieldDecision> Fields { get; }

    /// <summary>Parses the JSON text: <c>{"fields": [{"product","model","field","docs","schema","reason"}]}</c>; every member is required.</summary>
    public static CaptureDecisions Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException("capture-decisions.json: expected an object with a \"fields\" array");
        }

        var list = new List<FieldDecision>();
        var index = 0;
        foreach (var entry in fields.EnumerateArray())
        {
            list.Add(new FieldDecision(
                Member(entry, "product", index),
                Member(entry, "model", index),
                Member(entry, "field", index),
                Member(entry, "docs", index),
                Member(entry, "schema", index),
                Member(entry, "reason", index)));
            index++;
        }

        return new CaptureDecisions(list);
    }

    private static string Member(JsonElement entry, string name, int index) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidOperationException($"capture-decisions.json: fields[{index}] needs a non-empty string \"{name}\"");
}
