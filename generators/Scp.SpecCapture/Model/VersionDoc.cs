namespace Scp.SpecCapture.Model;

/// <summary>A row of a service's Version table.</summary>
/// <param name="Version">API version, e.g. <c>1.1</c>.</param>
/// <param name="Status">CURRENT or DEPRECATED.</param>
/// <param name="SupportedUntil">yyyy-MM-dd, or null when the docs write <c>-</c>.</param>
public sealed record VersionDoc(string Version, string Status, string? SupportedUntil);
