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
        var terms = new TermOptionsBinder();
        var command = new Command("collocations", "Collocations: term, collocate, count, pmi, g2")
        {
            corpusOption,
            termOption,
            windowOption,
            minimumOption,
            topOption,
            formatOption,
        };
        terms.AddTo(command);
        command.SetGuardedAction((parseResult, output, error) =>
        {
            var corpus = CommonOptions.LoadCorpus(parseResult.GetValue(corpusOption), error, CommonOptions.TextColumnOf(parseResult));
            var frame = TermAnalysis.Collocations(corpus, parseResult.GetValue(termOption), parseResult.GetValue(windowOption),
                parseResult.GetValue(minimumOption), terms.Bind(parseResult));
            if (parseResult.GetValue(topOption) is int top)
            {
                frame = frame.Head(Math.Max(0, Math.Min(top, (int)frame.Rows.Count)));
            }
            LargeFrameOutput.Write(frame, parseResult.GetValue(formatOption), output, error);
            return 0;
        });
        return command;
    }
}
