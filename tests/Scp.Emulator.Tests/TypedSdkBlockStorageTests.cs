using Microsoft.Extensions.Time.Testing;
using Scp.Sdk;
using Bm = Scp.Sdk.BaremetalBlockstorage.V1_2;

namespace Scp.Emulator.Tests;

public sealed class TypedSdkBlockStorageTests
{
    [Fact]
    public async Task BlockStorageVolume_TypedClient_AsyncCreateThenResultWrappedShow()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await ScpEmulatorHost.StartAsync(new ScpEmulatorOptions { Clock = clock, AsyncDelay = TimeSpan.FromSeconds(2) });
        using var invoker = EmulatorSession.CreateInvoker(host, clock, host.DefaultKeyPair.AccessKey, host.DefaultKeyPair.SecretKey);
        var bm = new ScpClient(invoker).BaremetalBlockstorage.V1_2;

        var accepted = await bm.CreateVolumeAsync(new Bm.VolumeCreateRequestV1Dot2
        {
            Attachments = [new Bm.AttachmentListModel { ObjectId = "83c3c73d457345e3829ee6d5557c0016", ObjectType = Bm.AttachmentListModelObjectType.Bm }],
            DiskType = Bm.VolumeCreateRequestV1Dot2DiskType.Ssd,
            Name = "bs-typed",
            SizeGb = 10,
        });
        var shown = await bm.ShowVolumeAsync(accepted.ResourceId!);
        Assert.Equal("bs-typed", shown.Result!.Name);
        Assert.Equal("CREATING", shown.Result.State.ToString());
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal("AVAILABLE", (await bm.ShowVolumeAsync(accepted.ResourceId!)).Result!.State.ToString());
    }
}
