namespace Scp.Mcp.EndToEnd.Tests;

/// <summary>The official MCP conformance suite's server scenarios; a failing check fails the test.</summary>
public sealed class ConformanceTests(ConformanceFixture fixture) : IClassFixture<ConformanceFixture>
{
    public static TheoryData<string> ServerScenarios => [.. ConformanceFixture.ServerScenarios];

    public static TheoryData<string> FixtureScenarios => [.. ConformanceFixture.FixtureScenarios];

    [Theory]
    [MemberData(nameof(ServerScenarios))]
    public void ServerScenario_RealServer_EveryCheckPasses(string scenario)
    {
        var result = fixture[scenario];

        Assert.True(result.Passed, result.Describe());
    }

    [Theory]
    [MemberData(nameof(FixtureScenarios))]
    public void FixtureScenario_ServerWithFixtureTools_EveryCheckPasses(string scenario)
    {
        var result = fixture[scenario];

        Assert.True(result.Passed, result.Describe());
    }
}
