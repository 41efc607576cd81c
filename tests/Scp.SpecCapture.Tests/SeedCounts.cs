using System.Text.RegularExpressions;

namespace Scp.SpecCapture.Tests;

/// <summary>What the docs hold, measured with a plain line scan of the seeds (independent of the capture parser).</summary>
internal sealed partial record SeedCounts(int OperationVersions, int Parameters, int Bodies, int Responses, int ResponsesWithSchema, int Models, int Fields, IReadOnlyList<string> ParameterKeys)
{
    public static SeedCounts Measure(string seedsDirectory)
    {
        int versions = 0, parameters = 0, bodies = 0, responses = 0, withSchema = 0, models = 0, fields = 0;
        var keys = new List<string>();
        foreach (var file in Directory.GetFiles(seedsDirectory, "*.txt"))
        {
            string? table = null;
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("상태 ", StringComparison.Ordinal))
                {
                    versions++;
                }

                if (!line.StartsWith('|'))
                {
                    table = null;
                    continue;
                }

                if (line.StartsWith("|---", StringComparison.Ordinal))
                {
                    continue;
                }

                if (table is null)
                {
                    table = line;
                    models += line == "| Name | Description | Schema | Default |" ? 1 : 0;
                    continue;
                }

                var cells = line.Split('|');
                switch (table)
                {
                    case "| Type | Name | Description | Schema | Default |":
                        var row = ParameterRow().Match(line);
                        Assert.True(row.Success, $"unexpected parameter row: {line}");
                        if (row.Groups["loc"].Value == "body")
                        {
                            bodies++;
                        }
                        else
                        {
                            parameters++;
                            var flag = row.Groups["flag1"].Success ? row.Groups["flag1"].Value : row.Groups["flag2"].Value;
                            keys.Add(SpecCounts.ParameterKey(row.Groups["loc"].Value, row.Groups["name"].Value, flag == "required"));
                        }

                        break;
                    case "| HTTP Code | Description | Schema |":
                        responses++;
                        withSchema += cells[^2].Trim() == "None" ? 0 : 1;
                        break;
                    case "| Name | Description | Schema | Default |":
                        fields++;
                        break;
                }
            }
        }

        keys.Sort(StringComparer.Ordinal);
        return new SeedCounts(versions, parameters, bodies, responses, withSchema, models, fields, keys);
    }

    [GeneratedRegex(@"^\| (?<loc>path|query|header|body)(?: (?<flag1>required|optional))? \| (?<name>\S+)(?: (?<flag2>required|optional))? \|")]
    private static partial Regex ParameterRow();
}
