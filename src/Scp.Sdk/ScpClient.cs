using Scp.Sdk.Invocation;

namespace Scp.Sdk;

/// <summary>
/// The typed SCP SDK entry point. The generator adds one property per product
/// (e.g. <c>client.BaremetalBlockstorage.V1_2.CreateVolumeSnapshotAsync(...)</c>).
/// </summary>
public sealed partial class ScpClient
{
    /// <summary>Creates a client that sends every call through <paramref name="invoker"/>.</summary>
    public ScpClient(IScpOperationInvoker invoker)
    {
        ArgumentNullException.ThrowIfNull(invoker);
        Invoker = invoker;
    }

    /// <summary>The transport every generated method sends through.</summary>
    public IScpOperationInvoker Invoker { get; }
}
