namespace Scp.Sdk.Catalog;

/// <summary>One captured product-version (one file <c>specs/&lt;product&gt;/&lt;version&gt;.json</c>).</summary>
public sealed class ScpApiDescriptor
{
    /// <summary>Product name as sent in <c>Scp-Api-Version</c>, e.g. <c>baremetal-blockstorage</c>.</summary>
    public required string Product { get; init; }

    /// <summary>API version, e.g. <c>1.2</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The docs' service name, e.g. <c>Block Storage(BM)</c>.</summary>
    public required string ServiceName { get; init; }

    /// <summary>Tool-name prefix of the product, from its curation file <c>specs/&lt;product&gt;/tools.json</c>.</summary>
    public required string ToolPrefix { get; init; }

    /// <summary>True when the docs mark this version CURRENT.</summary>
    public required bool IsCurrentVersion { get; init; }

    /// <summary>Supported-until date (yyyy-MM-dd) of a deprecated version; null when none is stated.</summary>
    public string? SupportedUntil { get; init; }

    /// <summary>The docs' URL template, e.g. <c>https://filestorage.{region}.{environment}.samsungsdscloud.com</c>.</summary>
    public required string ServerUrlTemplate { get; init; }

    /// <summary>Region values the docs list.</summary>
    public required IReadOnlyList<string> Regions { get; init; }

    /// <summary>Environment values the docs list (s, g, e).</summary>
    public required IReadOnlyList<string> Environments { get; init; }

    /// <summary>The spec's <c>components.schemas</c> object as JSON text (emitted once per spec).</summary>
    public required string ComponentsJson { get; init; }

    /// <summary>Repository-relative path of the captured spec, e.g. <c>specs/filestorage/1.1.json</c>.</summary>
    public required string SpecPath { get; init; }

    /// <summary>
    /// English translations of this spec's strings (descriptions, summaries), original → English, from the product's
    /// <c>specs/&lt;product&gt;/text.en.json</c>; empty when the product has none.
    /// </summary>
    public IReadOnlyDictionary<string, string> EnglishText { get; init; } = NoText;

    private static readonly Dictionary<string, string> NoText = new(StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="original"/> in <paramref name="language"/>: its English translation when there is one, else itself. A
    /// text the capture extended with a note (<c>생성 시간. Timestamp like …</c>) has its first sentence translated and keeps
    /// the note.
    /// </summary>
    public string Text(string original, ScpTextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (language != ScpTextLanguage.English || EnglishText.Count == 0)
        {
            return original;
        }

        if (EnglishText.TryGetValue(original, out var english))
        {
            return english;
        }

        var end = original.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 && EnglishText.TryGetValue(original[..end], out var first)
            ? first.TrimEnd('.') + original[end..]
            : original;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Product} {Version}";
}
