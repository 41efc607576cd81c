using Microsoft.Extensions.Time.Testing;
using Scp.Sdk;
using Scp.Sdk.Errors;
using FileV11 = Scp.Sdk.Filestorage.V1_1;

namespace Scp.Emulator.Tests;

/// <summary>The generated typed SDK against an emulator running the real catalogue (ScpCatalog.Operations).</summary>
public sealed class TypedSdkTests
{
    [Fact]
    public async Task FileStorageVolume_TypedClientLifecycle_CreatesListsShowsUpdatesAndDeletes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await ScpEmulatorHost.StartAsync(new ScpEmulatorOptions { Clock = clock, AsyncDelay = TimeSpan.FromSeconds(2) });
        using var invoker = EmulatorSession.CreateInvoker(host, clock, host.DefaultKeyPair.AccessKey, host.DefaultKeyPair.SecretKey);
        var files = new ScpClient(invoker).Filestorage.V1_1;

        var created = await files.CreateVolumeAsync(new FileV11.VolumeCreateRequest { Name = "vol_typed", Protocol = "NFS", TypeName = "HDD" });
        Assert.Equal("vol_typed", created.VolumeName);
        var shown = await files.ShowVolumeAsync(created.VolumeId);
        Assert.Equal("creating", shown.State);

        clock.Advance(TimeSpan.FromSeconds(3));
        var listed = await files.ListVolumesAsync(limit: 10, name: "vol_typed");
        Assert.Equal(1, listed.Count);
        Assert.Equal("available", listed.Filestorages[0].State);

        await files.SetVolumeAsync(created.VolumeId, new FileV11.VolumeSetRequest { FileUnitRecoveryEnabled = true });
        Assert.True((await files.ShowVolumeAsync(created.VolumeId)).FileUnitRecoveryEnabled);

        clock.Advance(TimeSpan.FromSeconds(3)); // SetVolume is asynchronous (202): deleting while editing is a 409
        await files.DeleteVolumeAsync(created.VolumeId);
        clock.Advance(TimeSpan.FromSeconds(3));
        var gone = await Assert.ThrowsAsync<ScpApiException>(() => files.ShowVolumeAsync(created.VolumeId));
        Assert.Equal(404, gone.StatusCode);
    }
}
