using Scp.SpecCapture;
using Scp.SpecCapture.Parsing;

// Usage: Scp.SpecCapture [--seeds <dir>] [--out <dir>] [--check]
// Defaults (relative to the repo root, found by walking up to Scp.Mcp.sln): --seeds ../shared/seeds --out specs
string? seeds = null;
string? output = null;
var check = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seeds" when i + 1 < args.Length:
            seeds = Path.GetFullPath(args[++i]);
            break;
        case "--out" when i + 1 < args.Length:
            output = Path.GetFullPath(args[++i]);
            break;
        case "--check":
            check = true;
            break;
        case "-h" or "--help":
            Console.WriteLine("Scp.SpecCapture [--seeds <dir>] [--out <dir>] [--check]\n  Captures SCP API docs text (seeds/*.txt) as OpenAPI 3.1 specs (specs/<product>/<version>.json).\n  --check compares instead of writing and exits 1 on any difference.");
            return 0;
        default:
            Console.Error.WriteLine($"error: unknown or incomplete argument '{args[i]}'. Usage: Scp.SpecCapture [--seeds <dir>] [--out <dir>] [--check]");
            return 2;
    }
}

if (seeds is null || output is null)
{
    var root = RepoLocator.FindRoot(Directory.GetCurrentDirectory()) ?? RepoLocator.FindRoot(AppContext.BaseDirectory);
    if (root is null)
    {
        Console.Error.WriteLine($"error: cannot find {RepoLocator.SolutionFile} above '{Directory.GetCurrentDirectory()}'; pass --seeds and --out explicitly.");
        return 2;
    }

    seeds ??= Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
    output ??= Path.Combine(root, "specs");
}

CaptureResult result;
try
{
    result = SpecCaptureEngine.Capture(seeds);
}
catch (Exception e) when (e is DocsFormatException or InvalidOperationException or IOException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine("nothing was written.");
    return 1;
}

foreach (var note in result.Notes)
{
    Console.WriteLine($"note: {note}");
}

if (check)
{
    var differences = SpecCaptureEngine.Compare(result, output);
    foreach (var difference in differences)
    {
        Console.Error.WriteLine($"differs: {difference}");
    }

    Console.WriteLine(differences.Count == 0 ? $"{result.Files.Count} spec files up to date in {output}" : $"{differences.Count} difference(s); run without --check to update");
    return differences.Count == 0 ? 0 : 1;
}

SpecCaptureEngine.Write(result, output);
Console.WriteLine($"wrote {result.Files.Count} spec files to {output}");
return 0;
