namespace Scp.SpecCapture.Tests;

/// <summary>One capture from the seeds shared by the tests that only read it (parsing 530 KB twice per run is wasteful).</summary>
internal static class CapturedSpecs
{
    private static readonly Lazy<CaptureResult> Lazy = new(() => SpecCaptureEngine.Capture(TestPaths.SeedsDirectory));

    public static CaptureResult FromSeeds => Lazy.Value;
}
