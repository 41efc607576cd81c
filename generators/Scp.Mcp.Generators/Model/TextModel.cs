namespace Scp.Mcp.Generators.Model;

/// <summary>One English text file <c>specs/&lt;product&gt;/text.en.json</c>.</summary>
internal sealed record TextModel(
    string FilePath,
    string Product,
    SourceLocation ProductLocation,
    EquatableArray<TextEntry> Operations,
    EquatableArray<TextEntry> Texts);

/// <summary>An English text: an operation's tool description (key = operationId) or a translation (key = the spec string).</summary>
internal sealed record TextEntry(string Key, string English, SourceLocation Location);

/// <summary>The result of parsing one English text file.</summary>
internal sealed record TextParseResult(TextModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
