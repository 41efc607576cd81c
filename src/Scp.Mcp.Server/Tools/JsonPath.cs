using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Scp.Mcp.Server.Tools;

/// <summary>The validator's error paths (<c>a.b[2].c</c>, see <c>ScpValidationError.Path</c>) applied to a JSON tree.</summary>
internal static partial class JsonPath
{
    /// <summary>Removes the value at <paramref name="path"/> (a property, or an array item); false when there is none.</summary>
    public static bool Remove(JsonObject root, string path)
    {
        if (path.Length == 0)
        {
            return false;
        }

        var steps = new List<object>();
        foreach (var segment in path.Split('.'))
        {
            var match = Segment().Match(segment);
            if (!match.Success)
            {
                return false;
            }

            if (match.Groups["name"].Value.Length > 0)
            {
                steps.Add(match.Groups["name"].Value);
            }

            foreach (Capture index in match.Groups["index"].Captures)
            {
                steps.Add(int.Parse(index.Value, CultureInfo.InvariantCulture));
            }
        }

        JsonNode? parent = root;
        for (var i = 0; i < steps.Count - 1; i++)
        {
            parent = steps[i] switch
            {
                string name when parent is JsonObject obj => obj[name],
                int index when parent is JsonArray array && index < array.Count => array[index],
                _ => null,
            };
        }

        switch (steps[^1])
        {
            case string name when parent is JsonObject obj:
                return obj.Remove(name);
            case int index when parent is JsonArray array && index < array.Count:
                array.RemoveAt(index);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A key whose ordinal order puts <c>a[10]</c> after <c>a[2]</c>: removing in descending order keeps later indices valid.</summary>
    public static string SortKey(string path) => Index().Replace(path, m => "[" + m.Groups[1].Value.PadLeft(10, '0') + "]");

    [GeneratedRegex(@"\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Index();

    [GeneratedRegex(@"^(?<name>[^\[\]]*)(\[(?<index>\d+)\])*$", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();
}
