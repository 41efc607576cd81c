using Scp.SpecCapture.Model;

namespace Scp.SpecCapture;

/// <summary>Everything one capture produced, before anything is written.</summary>
/// <param name="Services">The parsed services.</param>
/// <param name="Files">Spec bytes by path relative to the output directory, e.g. <c>archivestorage/1.1.json</c>.</param>
/// <param name="Notes">Tolerated oddities of the docs, one line each.</param>
public sealed record CaptureResult(IReadOnlyList<ServiceDoc> Services, IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<string> Notes);
