using System.Globalization;
using Scp.SpecCapture.Model;

namespace Scp.SpecCapture.Parsing;

/// <summary>
/// Splits a description cell such as <c>Cluster Name Example : cluster-testPattern : ^[a-z]+$Minimum length : 3</c>
/// into prose, example and constraints. The docs glue the markers onto the previous value without a space.
/// </summary>
public static class DescriptionParser
{
    private const string ExampleMarker = "Example : ";
    private const string PatternMarker = "Pattern : ";
    private const string MinLengthMarker = "Minimum length : ";
    private const string MaxLengthMarker = "Maximum length : ";
    private const string MinimumMarker = "Minimum : ";
    private const string MaximumMarker = "Maximum : ";

    private static readonly string[] Markers = [ExampleMarker, PatternMarker, MinLengthMarker, MaxLengthMarker, MinimumMarker, MaximumMarker];

    /// <summary>Parses the cell text (already rejoined if it was split on pipes).</summary>
    public static DescriptionParts Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(string Marker, int Start)>();
        var position = 0;
        foreach (var marker in Markers)
        {
            var at = text.IndexOf(marker, position, StringComparison.Ordinal);
            if (at >= 0)
            {
                found.Add((marker, at));
                position = at + marker.Length;
            }
        }

        var prose = (found.Count == 0 ? text : text[..found[0].Start]).Trim();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < found.Count; i++)
        {
            var start = found[i].Start + found[i].Marker.Length;
            var end = i + 1 < found.Count ? found[i + 1].Start : text.Length;
            values[found[i].Marker] = text[start..end].Trim();
        }

        return new DescriptionParts(
            prose,
            Example: NullIfEmpty(values.GetValueOrDefault(ExampleMarker)),
            Pattern: NullIfEmpty(values.GetValueOrDefault(PatternMarker)),
            MinLength: ParseInt(values.GetValueOrDefault(MinLengthMarker)),
            MaxLength: ParseInt(values.GetValueOrDefault(MaxLengthMarker)),
            Minimum: ParseDecimal(values.GetValueOrDefault(MinimumMarker)),
            Maximum: ParseDecimal(values.GetValueOrDefault(MaximumMarker)));
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static decimal? ParseDecimal(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
