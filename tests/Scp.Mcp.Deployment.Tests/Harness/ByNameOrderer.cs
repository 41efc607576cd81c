using Xunit.Abstractions;
using Xunit.Sdk;

namespace Scp.Mcp.Deployment.Tests.Harness;

/// <summary>Runs a class's tests in method-name order (used where a later test changes the shared topology).</summary>
public sealed class ByNameOrderer : ITestCaseOrderer
{
    /// <summary>The assembly-qualified name for <see cref="TestCaseOrdererAttribute"/>.</summary>
    public const string TypeName = "Scp.Mcp.Deployment.Tests.Harness.ByNameOrderer";

    /// <summary>The assembly for <see cref="TestCaseOrdererAttribute"/>.</summary>
    public const string AssemblyName = "Scp.Mcp.Deployment.Tests";

    /// <inheritdoc/>
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases.OrderBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal);
}
