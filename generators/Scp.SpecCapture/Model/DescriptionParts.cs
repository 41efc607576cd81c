namespace Scp.SpecCapture.Model;

/// <summary>A description cell split into its prose and the facts the docs glue onto it.</summary>
/// <param name="Text">The prose before <c>Example :</c> (or before the first constraint).</param>
/// <param name="Example">The text after <c>Example :</c>; null when absent or empty.</param>
/// <param name="Pattern">The text after <c>Pattern :</c>.</param>
/// <param name="MinLength">The number after <c>Minimum length :</c>.</param>
/// <param name="MaxLength">The number after <c>Maximum length :</c>.</param>
/// <param name="Minimum">The number after <c>Minimum :</c>.</param>
/// <param name="Maximum">The number after <c>Maximum :</c>.</param>
public sealed record DescriptionParts(
    string Text,
    string? Example = null,
    string? Pattern = null,
    int? MinLength = null,
    int? MaxLength = null,
    decimal? Minimum = null,
    decimal? Maximum = null);
