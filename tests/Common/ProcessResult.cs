namespace Scp.Mcp.Tests.Common;

/// <summary>What a finished (or killed) child process left behind.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string Stdout, string Stderr, bool TimedOut, TimeSpan Elapsed)
{
    /// <summary>A short account for assertion messages: command, exit code, and the tail of both streams.</summary>
    public string Describe() =>
        $"{Command}\nexit {(TimedOut ? "killed after timeout" : ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture))} in {Elapsed.TotalSeconds:0.0}s\n"
        + $"--- stdout (tail) ---\n{Tail(Stdout)}\n--- stderr (tail) ---\n{Tail(Stderr)}";

    private static string Tail(string text) => text.Length <= 4000 ? text : "..." + text[^4000..];
}
