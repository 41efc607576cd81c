using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Scp.Mcp.Generators.Tests.Infrastructure;

/// <summary>
/// Snapshooter silently creates a missing snapshot and passes, even on CI. This guard makes a missing snapshot
/// fail unless <c>SCP_UPDATE_SNAPSHOTS=1</c> is set; that setting rewrites every snapshot (review the diff, then commit).
/// </summary>
internal static class SnapshotGuard
{
    public static bool Updating => Environment.GetEnvironmentVariable("SCP_UPDATE_SNAPSHOTS") == "1";

    /// <summary>Matches <paramref name="source"/> against <c>__snapshots__/{Class}.{Method}_{name}.snap</c>, which must exist.</summary>
    public static void Match(string source, string name)
    {
        var fullName = Snapshot.FullName(SnapshotNameExtension.Create(name));
        var path = Path.Combine(fullName.FolderPath, "__snapshots__", fullName.Filename);
        if (Updating)
        {
            File.Delete(path); // rewritten by Match below
        }
        else
        {
            Assert.True(File.Exists(path), "Snapshot " + path + " is missing. Run the tests once with SCP_UPDATE_SNAPSHOTS=1, review and commit it.");
        }

        Snapshot.Match(source, fullName);
    }
}
