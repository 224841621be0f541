using System.CommandLine;
using CorpusLens.Text;

namespace CorpusLens.Cli;

/// <summary><c>corpuslens collocations</c>: word pairs that occur together more than chance, with PMI and log-likelihood.</summary>
public static class CollocationsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var corpusOption = CommonOptions.Corpus();
        var formatOption = CommonOptions.Format();
        var termOption = new Option<string?>("--term") { Description = "Only the collocates of this word", HelpName = "WORD" };
        var windowOption = new Option<int>("--window") { Description = "Maximum distance in tokens", DefaultValueFactory = _ => 5, HelpName = "N" }.AtLeast(1);
        var minimumOption = new Option<int>("--min-count") { Description = "Minimum pair count", DefaultValueFactory = _ => 3, HelpName = "N" }.AtLeast(0);
        var topOption = CommonOptions.Top("Show the N first rows");
        var memoryOption = new Option<int>("--max-memory")
        {
            Description = "Memory for the pair counts, in MB; beyond it the texts are read again, each pass counting a share of the pairs",
            DefaultValueFactory = _ => TermAnalysis.DefaultCollocationMegabytes,
            HelpName = "MB",
        }.AtLeast(1);
        var streamOption = CommonOptions.Stream();
        var terms = new TermOptionsBinder();
        var command = new Command("collocations", "Collocations: term, collocate, count, pmi, g2")
        {
            corpusOption,
            termOption,
            windowOption,
            minimumOption,
            topOption,
            memoryOption,
            formatOption,
            streamOption,
        };
        terms.AddTo(command);
        command.SetGuardedAction((parseResult, output, error) =>
        {
            var path = parseResult.GetValue(corpusOption) ?? Corpus.FindBundledData();
            string? term = parseResult.GetValue(termOption);
            int window = parseResult.GetValue(windowOption);
            int minimum = parseResult.GetValue(minimumOption);
            int megabytes = parseResult.GetValue(memoryOption);
            var format = parseResult.GetValue(formatOption);
            // Only the rows shown are kept as they are found: --top's, or a terminal table's first rows.
            int? top = parseResult.GetValue(topOption) ?? (format == OutputFormat.Table ? LargeFrameOutput.TableRowLimit : null);
            long rows = 0;
            var frame = TermOptionsBinder.StreamOrLoad(path, parseResult.GetValue(streamOption), error, CommonOptions.TextColumnOf(parseResult),
                report => TermAnalysis.StreamCollocations(path, term, window, minimum, terms.Bind(parseResult), report: report,
                    memoryLimitMegabytes: megabytes, note: error.WriteLine, top: top, rowCount: count => rows = count,
                    textColumn: CommonOptions.TextColumnOf(parseResult)),
                corpus => TermAnalysis.Collocations(corpus, term, window, minimum, terms.Bind(parseResult), megabytes, error.WriteLine, top, count => rows = count));
            LargeFrameOutput.Write(frame, format, output, error, parseResult.GetValue(topOption) is null ? rows : frame.Rows.Count);
            return 0;
        });
        return command;
    }
}
