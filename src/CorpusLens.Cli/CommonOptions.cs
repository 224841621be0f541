using System.CommandLine;
using System.Globalization;
using CorpusLens.Tables;
using Microsoft.Data.Analysis;

namespace CorpusLens.Cli;

/// <summary>Options shared by the commands, and the code that loads the corpus and prints a table for them.</summary>
public static class CommonOptions
{
    /// <summary>--corpus DIR: the corpus to load; default the bundled data/ folder.</summary>
    public static Option<string?> Corpus() => new("--corpus")
    {
        Description = "A folder of .txt/.md files, a .csv or a .jsonl file (default: the bundled data/ folder)",
        HelpName = "DIR",
    };

    /// <summary>--text-column NAME: the CSV column or JSON field holding the text; recursive, so every command has it.</summary>
    public static Option<string> TextColumn() => new(TextColumnName)
    {
        Description = "For a .csv or .jsonl corpus: the column or field that holds the text",
        HelpName = "NAME",
        DefaultValueFactory = _ => "text",
        Recursive = true,
    };

    /// <summary>The value of --text-column in <paramref name="parseResult"/> ("text" when not given).</summary>
    public static string TextColumnOf(ParseResult parseResult) => parseResult.GetValue<string>(TextColumnName) ?? "text";

    private const string TextColumnName = "--text-column";

    /// <summary>--format table|csv|json.</summary>
    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: table, csv or json",
        HelpName = UsageErrors.HelpNameOf<OutputFormat>(),
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    /// <summary>--top N: how many rows (per group, where the command groups); refused below 0 while parsing.</summary>
    public static Option<int?> Top(string description) => new Option<int?>("--top") { Description = description, HelpName = "N" }.AtLeast(0);

    /// <summary>
    /// Refuses a value of <paramref name="option"/> below <paramref name="minimum"/> while parsing, so that a bad value
    /// fails before a large corpus is read (<c>--top -1: use a number of 0 or more</c>).
    /// </summary>
    public static Option<T> AtLeast<T>(this Option<T> option, int minimum)
    {
        option.Validators.Add(result =>
        {
            // Read from the token: a value that is not a number has its own error already, and converting it throws.
            if (result.Tokens.Count > 0
                && int.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                && value < minimum)
            {
                result.AddError($"{option.Name} {value}: use a number of {minimum} or more");
            }
        });
        return option;
    }

    /// <summary><c>--stream</c>: stream a folder or a .csv/.jsonl file without loading it, as a folder of more than 1,000 files or a file over 16 MB always is.</summary>
    public static Option<bool> Stream() => new("--stream")
    {
        Description = "Stream a folder, .csv or .jsonl file without loading it (automatic above 1,000 files or 16 MB)",
    };

    /// <summary>--strict: any skipped input makes the exit code 2.</summary>
    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Exit with code 2 when any file, row or line was skipped",
    };

    /// <summary>Loads the corpus at <paramref name="path"/> (or the bundled one) and prints the load messages and summary to stderr.</summary>
    public static global::CorpusLens.Corpus LoadCorpus(string? path, TextWriter error, string textColumn = "text")
    {
        var corpus = global::CorpusLens.Corpus.Load(path ?? global::CorpusLens.Corpus.FindBundledData(), textColumn: textColumn);
        foreach (var message in corpus.Report.Messages)
        {
            error.WriteLine(message.ToString());
        }
        error.WriteLine(corpus.Report.Summary);
        return corpus;
    }

    /// <summary>The exit code after a load: 2 when <paramref name="strict"/> and anything was skipped, else 0.</summary>
    public static int ExitCode(global::CorpusLens.Corpus corpus, bool strict) => strict && corpus.Report.Skipped > 0 ? 2 : 0;

    /// <summary>Prints <paramref name="frame"/> in <paramref name="format"/> to <paramref name="output"/>.</summary>
    public static void WriteFrame(DataFrame frame, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                DataFrameWriter.WriteCsv(frame, output);
                break;
            case OutputFormat.Json:
                DataFrameWriter.WriteJson(frame, output);
                break;
            default:
                TerminalTable.Write(frame, output);
                break;
        }
    }
}
