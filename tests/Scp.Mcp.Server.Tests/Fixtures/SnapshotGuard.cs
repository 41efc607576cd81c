using System.Runtime.CompilerServices;
using Snapshooter.Xunit;

namespace Scp.Mcp.Server.Tests.Fixtures;

/// <summary>
/// Snapshooter creates a missing snapshot and passes, even on CI. On CI (CI=true) a missing .snap file fails
/// the test instead, so a snapshot can never be created silently there.
/// </summary>
internal static class SnapshotGuard
{
    public static void Match(string value, string snapshotName, [CallerFilePath] string testFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(testFile)!, "__snapshots__", snapshotName + ".snap");
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) && !File.Exists(path))
        {
            Assert.Fail($"Snapshot {path} is missing and CI=true: run the tests locally to create it, review it and commit it.");
        }

        Snapshot.Match(value, snapshotName);
    }
}
