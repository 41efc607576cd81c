using System.Globalization;
using Scp.Emulator;

namespace Scp.Emulator.Host;

/// <summary>Parses the standalone emulator's command line.</summary>
internal static class EmulatorCommandLine
{
    public const string Usage = """
        Usage: Scp.Emulator.Host [--urls http://127.0.0.1:9000] [--config emulator.json] [--store state.json]
                                 [--async-delay-ms 1000] [--drift [seed]]
        --drift: answers drift from the docs like a real service (docs' examples verbatim, fields left out or
                 null, unknown fields, undocumented enum values), deterministic for the seed (default 1).
        A local emulator of Samsung Cloud Platform's storage and AI-ML APIs (not SCP itself).
        """;

    public static ScpEmulatorOptions? Parse(string[] args, TextWriter error)
    {
        var options = new ScpEmulatorOptions { Url = ScpEmulatorDefaults.Url };
        string? url = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                error.WriteLine(Usage);
                return null;
            }

            if (name == "--drift")
            {
                if (i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
                {
                    options.DriftSeed = seed;
                    i++;
                }
                else
                {
                    options.DriftSeed = 1;
                }

                continue;
            }

            if (i + 1 >= args.Length)
            {
                error.WriteLine($"Option {name} needs a value.\n{Usage}");
                return null;
            }

            var value = args[++i];
            try
            {
                switch (name)
                {
                    case "--urls":
                        url = value.Split(';')[0];
                        break;
                    case "--config":
                        ScpEmulatorConfigFile.Apply(value, options);
                        break;
                    case "--store":
                        options.StoreFilePath = value;
                        break;
                    case "--async-delay-ms":
                        options.AsyncDelay = TimeSpan.FromMilliseconds(int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture));
                        break;
                    default:
                        error.WriteLine($"Unknown option {name}.\n{Usage}");
                        return null;
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException or OverflowException)
            {
                error.WriteLine($"Option {name}: {ex.Message}");
                return null;
            }
        }

        options.Url = url ?? options.Url;
        return options;
    }
}
