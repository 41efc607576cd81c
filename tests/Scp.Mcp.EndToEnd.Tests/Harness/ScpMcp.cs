namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>How the tests start the built <c>scp-mcp</c>: <c>dotnet scp-mcp.dll &lt;args&gt;</c>.</summary>
public static class ScpMcp
{
    /// <summary>The program that runs the server.</summary>
    public const string Host = "dotnet";

    /// <summary>Arguments that run the server in its default (stdio) mode against the embedded emulator.</summary>
    public static IReadOnlyList<string> EmulatorArgs(params string[] extra) => [RepoPaths.ServerDll, "--emulator", .. extra];

    /// <summary>Environment for every server process: no real SCP credentials leak in from the machine.</summary>
    public static IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        ["DOTNET_NOLOGO"] = "1",
        ["SCP_ACCESS_KEY"] = string.Empty,
        ["SCP_SECRET_KEY"] = string.Empty,
    };
}
