using Scp.SpecCapture.Parsing;

namespace Scp.SpecCapture;

/// <summary>The command line: <c>[--seeds &lt;dir&gt;] [--out &lt;dir&gt;] [--check]</c>. Exit codes: 0 ok, 1 failure or difference, 2 usage.</summary>
public static class CaptureCommand
{
    private const string Usage = "usage: Scp.SpecCapture [--seeds <dir>] [--out <dir>] [--check]";

    /// <summary>Runs the command. Relative paths are resolved against <paramref name="currentDirectory"/>; defaults against the repo root.</summary>
    public static int Run(IReadOnlyList<string> args, string currentDirectory, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? seeds = null;
        string? target = null;
        var check = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--seeds" when i + 1 < args.Count:
                    seeds = Path.GetFullPath(args[++i], currentDirectory);
                    break;
                case "--out" when i + 1 < args.Count:
                    target = Path.GetFullPath(args[++i], currentDirectory);
                    break;
                case "--check":
                    check = true;
                    break;
                case "-h" or "--help":
                    output.WriteLine(Usage);
                    output.WriteLine("Captures SCP API docs text (<seeds>/*.txt) as OpenAPI 3.1 specs (<out>/<product>/<version>.json).");
                    output.WriteLine("Defaults, relative to the repo root (the directory holding Scp.Mcp.sln): --seeds ../shared/seeds --out specs.");
                    output.WriteLine("--check compares instead of writing and exits 1 on any difference.");
                    return 0;
                default:
                    error.WriteLine($"error: unknown or incomplete argument '{args[i]}'. {Usage}");
                    return 2;
            }
        }

        if (seeds is null || target is null)
        {
            var root = RepoLocator.FindRoot(currentDirectory) ?? RepoLocator.FindRoot(AppContext.BaseDirectory);
            if (root is null)
            {
                error.WriteLine($"error: cannot find {RepoLocator.SolutionFile} above '{currentDirectory}'; pass --seeds and --out explicitly.");
                return 2;
            }

            seeds ??= Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
            target ??= Path.Combine(root, "specs");
        }

        CaptureResult result;
        try
        {
            result = SpecCaptureEngine.Capture(seeds);
        }
        catch (Exception e) when (e is DocsFormatException or InvalidOperationException or IOException)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine("nothing was written.");
            return 1;
        }

        foreach (var note in result.Notes)
        {
            output.WriteLine($"note: {note}");
        }

        if (check)
        {
            var differences = SpecCaptureEngine.Compare(result, target);
            foreach (var difference in differences)
            {
                error.WriteLine($"differs: {difference}");
            }

            output.WriteLine(differences.Count == 0
                ? $"{result.Files.Count} spec files up to date in {target}"
                : $"{differences.Count} difference(s) in {target}; run without --check to update");
            return differences.Count == 0 ? 0 : 1;
        }

        SpecCaptureEngine.Write(result, target);
        output.WriteLine($"wrote {result.Files.Count} spec files to {target}");
        return 0;
    }
}
