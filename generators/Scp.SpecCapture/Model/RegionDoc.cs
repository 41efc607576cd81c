namespace Scp.SpecCapture.Model;

/// <summary>A row of the Environment and Region List.</summary>
/// <param name="Environment">s, g or e.</param>
/// <param name="Region">e.g. <c>kr-west1</c>.</param>
public sealed record RegionDoc(string Environment, string Region);
