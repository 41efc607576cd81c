using Scp.Mcp.Tests.Common;
using Scp.Sdk.Catalog;

namespace Scp.Emulator.Tests;

/// <summary>
/// The emulator's test catalogue: Fixtures/ is laid out like specs/ (<c>&lt;product&gt;/&lt;version&gt;.json</c>, small specs of
/// each product) and the real generator turns it into descriptors (tests/Common/GeneratedCatalog.cs), so the emulator
/// sees exactly what the build would give it — success responses and lifecycles included — and no test re-implements
/// the generator's rules.
/// </summary>
internal static class FixtureCatalog
{
    private static readonly Lazy<IReadOnlyList<ScpOperationDescriptor>> All = new(() =>
        GeneratedCatalog.Generate(Path.Combine(AppContext.BaseDirectory, "Fixtures")).Operations);

    public static IReadOnlyList<ScpOperationDescriptor> Operations => All.Value;

    public static ScpOperationDescriptor Find(string product, string operationId) =>
        Operations.Single(o => o.Api.Product == product && o.OperationId == operationId && o.IsCurrent);
}
