namespace Scp.Sdk.Catalog;

/// <summary>Which text tool descriptions and schema descriptions carry (<c>--language</c>, <c>SCP_LANGUAGE</c>).</summary>
public enum ScpTextLanguage
{
    /// <summary>
    /// English (the default): the curated English tool description of each operation and the English translation of every
    /// spec string that has one (<c>specs/&lt;product&gt;/text.en.json</c>).
    /// </summary>
    English,

    /// <summary>The docs' original text as captured: Korean for the storage products (<c>--language ko</c>).</summary>
    Korean,
}
