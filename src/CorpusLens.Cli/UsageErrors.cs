using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace CorpusLens.Cli;

/// <summary>
/// A command line that does not parse gets one line per error on stderr, in the same form as every other error
/// (<c>corpuslens: error: --format xml: use table, csv or json; see corpuslens terms --help</c>), and nothing on
/// stdout: no help text that would end up in a redirected csv file, and no .NET type names.
/// </summary>
internal static class UsageErrors
{
    /// <summary>Writes the errors of <paramref name="parseResult"/> to <paramref name="error"/> and returns the exit code, 1.</summary>
    public static int Write(ParseResult parseResult, TextWriter error)
    {
        string help = $"see {CommandPath(parseResult.CommandResult)} --help";
        if (parseResult.CommandResult.Parent is null && parseResult.UnmatchedTokens.Count > 0)
        {
            // "Required command was not provided" as well would only say the same again.
            error.WriteLine($"corpuslens: error: {parseResult.UnmatchedTokens[0]}: not a command; {help}");
            return 1;
        }
        foreach (string message in parseResult.Errors.Select(Describe).Distinct(StringComparer.Ordinal))
        {
            error.WriteLine($"corpuslens: error: {message.ReplaceLineEndings(" ").Trim().TrimEnd('.')}; {help}");
        }
        return 1;
    }

    /// <summary>
    /// The message of <paramref name="parseError"/>: for a value that does not convert to its option's type, the option,
    /// the value and what it takes (<c>--top many: use a whole number</c>); otherwise the parser's own message.
    /// </summary>
    internal static string Describe(ParseError parseError)
    {
        if (parseError.SymbolResult is OptionResult { Option: var option } result && result.Tokens.Count > 0)
        {
            string value = result.Tokens[^1].Value;
            var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
            if (Expected(type, value) is string expected)
            {
                return $"{option.Name} {value}: use {expected}";
            }
        }
        return parseError.Message;
    }

    /// <summary>What an option of <paramref name="type"/> takes, when <paramref name="value"/> is not one; null when it is (the error is another).</summary>
    private static string? Expected(Type type, string value)
    {
        if (type.IsEnum)
        {
            var names = Enum.GetNames(type).Select(Lower).ToArray();
            if (names.Contains(value.ToLowerInvariant()))
            {
                return null;
            }
            return names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
        }
        if (type == typeof(int) || type == typeof(long))
        {
            return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? null : "a whole number";
        }
        if (type == typeof(double))
        {
            return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? null : "a number";
        }
        return null;
    }

    /// <summary>An enum value as the command line shows it: <c>table</c>, <c>wholeandparts</c>.</summary>
    internal static string Lower(string name) => name.ToLowerInvariant();

    /// <summary>The help name of an option of enum <typeparamref name="T"/>: its values, lower-case, between bars (<c>table|csv|json</c>).</summary>
    public static string HelpNameOf<T>()
        where T : struct, Enum => string.Join('|', Enum.GetNames<T>().Select(Lower));

    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult current; result = current.Parent)
        {
            names.Add(current.Parent is null ? "corpuslens" : current.Command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }
}
