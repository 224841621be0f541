using System.CommandLine;
using CorpusLens.Funding;
using Microsoft.Data.Analysis;

namespace CorpusLens.Cli;

/// <summary><c>corpuslens funding</c>: every money figure of the corpus, or with <c>--compare</c> the figures grouped by recipient and kind.</summary>
public static class FundingCommand
{
    // The table format leaves out the long columns (context, start, end); csv and json keep every column.
    private static readonly string[] TableColumns =
        ["article", "sentence", "text", "amount", "currency", "usd", "qualifier", "kind", "investor", "recipient", "year", "derived"];

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var corpusOption = CommonOptions.Corpus();
        var formatOption = CommonOptions.Format();
        var strictOption = CommonOptions.Strict();
        var compareOption = new Option<bool>("--compare")
        {
            Description = "Show the comparison table: figures grouped by recipient and kind across articles",
        };
        var command = new Command("funding", "Money figures (fr/de/en): article, sentence, text, amount, currency, usd, qualifier, kind, investor, recipient, year, derived, context")
        {
            corpusOption,
            formatOption,
            strictOption,
            compareOption,
        };
        command.SetGuardedAction((parseResult, output, error) =>
        {
            var corpus = CommonOptions.LoadCorpus(parseResult.GetValue(corpusOption), error, CommonOptions.TextColumnOf(parseResult));
            var figures = FundingAnalysis.Extract(corpus);
            var format = parseResult.GetValue(formatOption);
            var frame = parseResult.GetValue(compareOption) ? FundingAnalysis.Compare(figures) : FundingAnalysis.ToFrame(figures);
            if (format == OutputFormat.Table && !parseResult.GetValue(compareOption))
            {
                frame = new DataFrame(TableColumns.Select(name => frame.Columns[name]));
            }
            CommonOptions.WriteFrame(frame, format, output);
            error.WriteLine($"{figures.Count} figures");
            return CommonOptions.ExitCode(corpus, parseResult.GetValue(strictOption));
        });
        return command;
    }
}
