using System.Text;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Scp.SpecCapture.Validation;

/// <summary>
/// Loads a produced spec with Microsoft.OpenApi and reports every reader error and warning and every error of the
/// default validation rule set (the captured specs have none of any kind; a warning is treated as a failure too).
/// </summary>
public static class OpenApiValidator
{
    /// <summary>The problems found (empty when the document loads cleanly and passes the default rule set).</summary>
    public static IReadOnlyList<string> Validate(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var settings = new OpenApiReaderSettings();
        var result = OpenApiDocument.Parse(Encoding.UTF8.GetString(json), "json", settings);
        var errors = new List<string>();
        errors.AddRange(result.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []);
        errors.AddRange(result.Diagnostic?.Warnings.Select(e => $"warning {e.Pointer}: {e.Message}") ?? []);
        if (result.Document is null)
        {
            errors.Add("the document could not be read");
            return errors;
        }

        if (result.Diagnostic?.SpecificationVersion != OpenApiSpecVersion.OpenApi3_1)
        {
            errors.Add($"read as {result.Diagnostic?.SpecificationVersion}, expected OpenAPI 3.1");
        }

        errors.AddRange(result.Document.Validate(ValidationRuleSet.GetDefaultRuleSet()).Select(e => $"{e.Pointer}: {e.Message}"));
        return errors.Distinct(StringComparer.Ordinal).ToList();
    }
}
