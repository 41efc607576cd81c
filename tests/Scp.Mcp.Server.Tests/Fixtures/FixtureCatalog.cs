using Scp.Mcp.Tests.Common;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Tests.Fixtures;

/// <summary>
/// The server tests' small catalogue: <c>Fixtures/Specs/</c> is laid out like <c>specs/</c> and the real generator turns it
/// into descriptors (tests/Common/GeneratedCatalog.cs), so the tests see exactly what the build would give the server.
/// File Storage 1.1: list with offset/limit paging, show, a 202 create whose body $refs nested components with arrays and
/// nullable fields (and waits on show), PUT, DELETE, a non-object response with a header parameter; a deprecated 1.0
/// show; Backup 1.1: page/size paging, a curated destructive POST, a hidden operation.
/// </summary>
internal static class FixtureCatalog
{
    private static readonly Lazy<GeneratedCatalog> Generated = new(() =>
        GeneratedCatalog.Generate(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Specs")));

    public static IReadOnlyList<ScpOperationDescriptor> Operations => Generated.Value.Operations;

    public static ScpApiDescriptor File11 => Generated.Value.Apis.Single(a => a.Product == "filestorage" && a.Version == "1.1");

    public static ScpOperationDescriptor Get(string toolName, bool current = true)
        => Operations.Single(o => o.ToolName == toolName && o.IsCurrent == current);
}
