using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// The full build shipped beside the stdio-only one (docs/packaging.md, "Which build is which"): the RID-specific
/// Native AOT tool packages carry the stdio-only executable as <c>scp-mcp</c> (the smaller image every stdio client
/// starts) and the full build as <c>scp-mcp-http</c>. When the stdio-only build is asked for what only the full build
/// has (<c>--transport http</c>, <c>--redis</c>), it hands the same command line over to that companion instead of
/// refusing: on Linux and macOS by <c>execv</c> (the same process id, standard streams and environment, so a service
/// manager or a container runtime sees one process), on Windows by running it and returning its exit code.
/// </summary>
internal static partial class HttpCompanion
{
    /// <summary>The companion's file name beside this executable (plus <c>.exe</c> on Windows).</summary>
    public const string FileName = "scp-mcp-http";

    /// <summary>
    /// True when this installation can serve <c>--transport http</c>: the full build itself, or the stdio-only build with
    /// the companion beside it.
    /// </summary>
    public static bool HttpAvailable => ServerFeatures.HttpTransport || Find(AppContext.BaseDirectory) is not null;

    /// <summary>The companion's full path when one is installed beside this executable, else null.</summary>
    public static string? Find(string directory)
    {
        var path = Path.Combine(directory, OperatingSystem.IsWindows() ? FileName + ".exe" : FileName);
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// Runs the companion with <paramref name="arguments"/>. On Linux and macOS this process becomes the companion
    /// and the method returns only when that fails (a message naming the path and the error, exit code 2); on Windows
    /// it returns the companion's exit code.
    /// </summary>
    public static async Task<int> RunAsync(string path, IReadOnlyList<string> arguments, TextWriter error, CancellationToken cancellationToken)
    {
        if (OperatingSystem.IsWindows())
        {
            var start = new ProcessStartInfo(path) { UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)
                ?? throw new InvalidOperationException($"{path} did not start.");
            await process.WaitForExitAsync(CancellationToken.None); // Ctrl+C reaches it too: wait for its own shutdown
            return process.ExitCode;
        }

        await error.FlushAsync(cancellationToken);
        var errno = Exec(path, arguments);
        await error.WriteLineAsync(
            $"scp-mcp: could not start the full build {path} ({Marshal.GetPInvokeErrorMessage(errno)}); reinstall the package, or run the full build directly.");
        return 2;
    }

    private static int Exec(string path, IReadOnlyList<string> arguments)
    {
        // argv: the companion's path, the arguments, a terminating null; UTF-8, freed only if execv returns.
        var argv = new nint[arguments.Count + 2];
        try
        {
            argv[0] = Marshal.StringToCoTaskMemUTF8(path);
            for (var i = 0; i < arguments.Count; i++)
            {
                argv[i + 1] = Marshal.StringToCoTaskMemUTF8(arguments[i]);
            }

            _ = Execv(argv[0], argv);
            return Marshal.GetLastPInvokeError();
        }
        finally
        {
            foreach (var pointer in argv)
            {
                Marshal.FreeCoTaskMem(pointer);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true)]
    private static partial int Execv(nint path, [In] nint[] argv);
}
