namespace Scp.Sdk.Transport;

/// <summary>Masks identifiers for display: only a short prefix stays readable.</summary>
internal static class Redaction
{
    public static string Mask(string? value) =>
        string.IsNullOrEmpty(value) ? "(none)" : value.Length <= 8 ? "****" : string.Concat(value.AsSpan(0, 4), "****");
}
