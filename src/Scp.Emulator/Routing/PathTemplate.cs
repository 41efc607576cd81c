namespace Scp.Emulator.Routing;

/// <summary>A path template split into segments; <c>{name}</c> segments are parameters.</summary>
internal sealed class PathTemplate
{
    public PathTemplate(string template)
    {
        Text = template;
        Segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
    }

    public string Text { get; }

    public string[] Segments { get; }

    public static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';

    public static string ParameterName(string segment) => segment[1..^1];

    /// <summary>Template text of the first <paramref name="count"/> segments.</summary>
    public string Prefix(int count) => "/" + string.Join('/', Segments.Take(count));

    /// <summary>
    /// Matches concrete (unescaped) segments; returns a score (higher is more specific: literal segments beat
    /// parameters, earlier literals weigh more) or -1, and the parameter values.
    /// </summary>
    public long Match(string[] concrete, Dictionary<string, string> values)
    {
        if (concrete.Length != Segments.Length)
        {
            return -1;
        }

        long score = 0;
        for (var i = 0; i < Segments.Length; i++)
        {
            score <<= 1;
            if (IsParameter(Segments[i]))
            {
                if (concrete[i].Length == 0)
                {
                    return -1;
                }

                values[ParameterName(Segments[i])] = concrete[i];
            }
            else if (string.Equals(Segments[i], concrete[i], StringComparison.Ordinal))
            {
                score |= 1;
            }
            else
            {
                return -1;
            }
        }

        return score;
    }
}
