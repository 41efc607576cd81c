using System;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Parsing;

/// <summary>
/// The shell every file parser of the generator shares (specs, <c>tools.json</c>, <c>text.en.json</c>, search
/// vocabulary): read the file, parse its JSON and hand the root to the parser's reader. A file that cannot be read,
/// invalid JSON (located at its line) and any unexpected exception become the parser's own failure result, so a bad
/// file is a diagnostic on that file. Never throws but for cancellation.
/// </summary>
internal static class JsonFile
{
    /// <param name="read">The parser's reader: document root, locator for diagnostics, repository path.</param>
    /// <param name="failed">The parser's failure result: location, repository path, reason.</param>
    public static T Parse<T>(
        AdditionalText file,
        Func<JsonElement, TextLocator, string, T> read,
        Func<SourceLocation, string, string, T> failed,
        CancellationToken cancellationToken)
    {
        var path = SpecParser.RepositoryPath(file.Path);
        try
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                return failed(SourceLocation.None(file.Path), path, "the file could not be read");
            }

            var content = text.ToString();
            var locator = new TextLocator(file.Path, text, content);
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(content);
            }
            catch (JsonException ex)
            {
                return failed(locator.AtLine(ex.LineNumber, ex.BytePositionInLine), path, "invalid JSON (" + SpecParser.FirstSentence(ex.Message) + ")");
            }

            using (document)
            {
                return read(document.RootElement, locator, path);
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // No exception may escape a generator: it becomes the parser's diagnostic on the file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return failed(SourceLocation.None(file.Path), path, "internal generator error " + ex.GetType().Name + ": " + ex.Message);
        }
    }
}
