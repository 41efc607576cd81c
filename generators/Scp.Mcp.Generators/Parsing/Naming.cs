using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Scp.Mcp.Generators.Parsing;

/// <summary>Name conversions: wire names to C# identifiers, operationIds to snake_case tool names.</summary>
internal static class Naming
{
    /// <summary>
    /// <c>baremetal-blockstorage</c> → <c>BaremetalBlockstorage</c>; <c>volume_id</c> → <c>VolumeId</c>; <c>IN_USE</c> → <c>InUse</c>.
    /// Words are split at non-alphanumerics; a word without lower-case letters is capitalised, others keep their inner capitals.
    /// </summary>
    public static string ToPascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        var word = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            AppendWord(builder, word);
        }

        AppendWord(builder, word);
        if (builder.Length == 0)
        {
            return "Value";
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, 'N');
        }

        return builder.ToString();
    }

    /// <summary><c>volume_id</c> → <c>volumeId</c>, escaped with <c>@</c> when it is a C# keyword.</summary>
    public static string ToCamel(string name)
    {
        var pascal = ToPascal(name);
        var camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return SyntaxFacts.GetKeywordKind(camel) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(camel) != SyntaxKind.None
            ? "@" + camel
            : camel;
    }

    /// <summary><c>1.2</c> → <c>V1_2</c>.</summary>
    public static string ToVersionName(string version) => "V" + version.Replace('.', '_').Replace('-', '_');

    /// <summary>
    /// <c>CheckDuplicationAIMLOpsPlatformName</c> → <c>check_duplication_aiml_ops_platform_name</c>: a word starts at
    /// an upper-case letter after a lower-case letter or digit, and at the last upper-case letter of a run followed by lower case.
    /// </summary>
    public static string ToSnake(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                var previous = name[i - 1];
                var startsWord = char.IsLower(previous) || char.IsDigit(previous)
                    || (char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]));
                if (startsWord)
                {
                    builder.Append('_');
                }
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>True for a PascalCase identifier made of ASCII letters and digits.</summary>
    public static bool IsPascalIdentifier(string? name)
    {
        if (string.IsNullOrEmpty(name) || !IsAsciiLetter(name![0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsAsciiLetter(c) && c is not (>= '0' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="name"/> matches <c>^[a-z][a-z0-9_]*$</c> and has at most 48 characters.</summary>
    public static bool IsValidToolName(string name)
    {
        if (name.Length is 0 or > 48 || name[0] is not (>= 'a' and <= 'z'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns <paramref name="candidate"/>, or it with a number appended, so it is not in <paramref name="taken"/>; records it.</summary>
    public static string Unique(string candidate, HashSet<string> taken)
    {
        var name = candidate;
        for (var i = 2; !taken.Add(name); i++)
        {
            name = candidate + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    private static void AppendWord(StringBuilder builder, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString();
        var hasLower = false;
        foreach (var c in text)
        {
            hasLower |= char.IsLower(c);
        }

        builder.Append(char.ToUpperInvariant(text[0])).Append(hasLower ? text.Substring(1) : text.Substring(1).ToLowerInvariant());
        word.Clear();
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
