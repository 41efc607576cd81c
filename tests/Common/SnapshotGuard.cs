using System.Runtime.CompilerServices;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Scp.Mcp.Tests.Common;

/// <summary>
/// The one way tests match snapshots (update rule: tests/Common/README.md). Snapshooter on its own silently creates a
/// missing snapshot and passes, even on CI; here a missing snapshot fails, everywhere. A snapshot is created or
/// rewritten only on purpose, by running the tests with <c>SCP_UPDATE_SNAPSHOTS=1</c>; review the diff, then commit.
/// </summary>
public static class SnapshotGuard
{
    /// <summary>The environment variable that, set to <c>1</c>, creates or rewrites every snapshot the run matches.</summary>
    public const string UpdateVariable = "SCP_UPDATE_SNAPSHOTS";

    /// <summary>True when this run creates or rewrites snapshots instead of checking them.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Matches <paramref name="value"/> against <c>__snapshots__/{snapshotName}.snap</c> beside the calling test file.</summary>
    public static void Match(string value, string snapshotName, [CallerFilePath] string testFile = "")
    {
        var folder = Path.GetDirectoryName(testFile)!;
        var fullName = new SnapshotFullName(snapshotName + ".snap", folder);
        var path = Path.Combine(folder, "__snapshots__", fullName.Filename);
        if (Updating)
        {
            File.Delete(path); // written again by Snapshot.Match below
        }
        else
        {
            Assert.True(File.Exists(path), $"Snapshot {path} is missing. Create it on purpose: run the tests with {UpdateVariable}=1, review the file and commit it.");
        }

        Snapshot.Match(value, fullName);
    }
}
