using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Scp.SpecCapture.Parsing;

/// <summary>
/// Reads the Python literals the docs print as examples of array and object fields, e.g.
/// <c>['10a5']</c> or <c>{'cpu': 0, 'gpu': ''}</c>: quoted strings, numbers, True/False/None, lists, dicts.
/// </summary>
public static class PythonLiteralParser
{
    /// <summary>Parses the whole text; false when it is not such a literal.</summary>
    public static bool TryParse(string text, out JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        value = null;
        if (!TryValue(text, ref position, out var parsed))
        {
            return false;
        }

        SkipSpace(text, ref position);
        if (position != text.Length)
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static bool TryValue(string text, ref int position, out JsonNode? value)
    {
        value = null;
        SkipSpace(text, ref position);
        if (position >= text.Length)
        {
            return false;
        }

        var c = text[position];
        if (c is '\'' or '"')
        {
            if (!TryString(text, ref position, out var s))
            {
                return false;
            }

            value = JsonValue.Create(s);
            return true;
        }

        if (c == '[')
        {
            return TryList(text, ref position, out value);
        }

        if (c == '{')
        {
            return TryDict(text, ref position, out value);
        }

        return TryAtom(text, ref position, out value);
    }

    private static bool TryList(string text, ref int position, out JsonNode? value)
    {
        value = null;
        var array = new JsonArray();
        position++;
        SkipSpace(text, ref position);
        if (position < text.Length && text[position] == ']')
        {
            position++;
            value = array;
            return true;
        }

        while (true)
        {
            if (!TryValue(text, ref position, out var item))
            {
                return false;
            }

            array.Add(item);
            SkipSpace(text, ref position);
            if (position >= text.Length)
            {
                return false;
            }

            if (text[position] == ']')
            {
                position++;
                value = array;
                return true;
            }

            if (text[position] != ',')
            {
                return false;
            }

            position++;
        }
    }

    private static bool TryDict(string text, ref int position, out JsonNode? value)
    {
        value = null;
        var obj = new JsonObject();
        position++;
        SkipSpace(text, ref position);
        if (position < text.Length && text[position] == '}')
        {
            position++;
            value = obj;
            return true;
        }

        while (true)
        {
            SkipSpace(text, ref position);
            if (position >= text.Length || text[position] is not ('\'' or '"') || !TryString(text, ref position, out var key))
            {
                return false;
            }

            SkipSpace(text, ref position);
            if (position >= text.Length || text[position] != ':')
            {
                return false;
            }

            position++;
            if (!TryValue(text, ref position, out var item) || obj.ContainsKey(key))
            {
                return false;
            }

            obj[key] = item;
            SkipSpace(text, ref position);
            if (position >= text.Length)
            {
                return false;
            }

            if (text[position] == '}')
            {
                position++;
                value = obj;
                return true;
            }

            if (text[position] != ',')
            {
                return false;
            }

            position++;
        }
    }

    private static bool TryString(string text, ref int position, out string value)
    {
        var quote = text[position++];
        var builder = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == quote)
            {
                value = builder.ToString();
                return true;
            }

            if (c == '\\' && position < text.Length)
            {
                c = text[position++];
            }

            builder.Append(c);
        }

        value = string.Empty;
        return false;
    }

    private static bool TryAtom(string text, ref int position, out JsonNode? value)
    {
        value = null;
        var start = position;
        while (position < text.Length && text[position] is not (',' or ']' or '}' or ':') && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        var atom = text[start..position];
        switch (atom)
        {
            case "True":
                value = JsonValue.Create(true);
                return true;
            case "False":
                value = JsonValue.Create(false);
                return true;
            case "None":
                return true;
        }

        if (long.TryParse(atom, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            value = JsonValue.Create(integer);
            return true;
        }

        if (decimal.TryParse(atom, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            value = JsonValue.Create(number);
            return true;
        }

        return false;
    }

    private static void SkipSpace(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }
}
