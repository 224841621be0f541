using System.CommandLine;
using CorpusLens.Text;

namespace CorpusLens.Cli;

/// <summary><c>corpuslens diversity</c>: lexical diversity of each article (TTR and MATTR).</summary>
public static class DiversityCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var corpusOption = CommonOptions.Corpus();
        var formatOption = CommonOptions.Format();
        var windowOption = new Option<int>("--window") { Description = "Words in each window of the moving-average TTR", DefaultValueFactory = _ => 50, HelpName = "N" }.AtLeast(1);
        var streamOption = CommonOptions.Stream();
        var command = new Command("diversity", "Lexical diversity: article, tokens, types, ttr, mattr")
        {
            corpusOption,
            windowOption,
            formatOption,
            streamOption,
        };
        command.SetGuardedAction((parseResult, output, error) =>
        {
            var path = parseResult.GetValue(corpusOption) ?? Corpus.FindBundledData();
            int window = parseResult.GetValue(windowOption);
            var frame = TermOptionsBinder.StreamOrLoad(path, parseResult.GetValue(streamOption), error, CommonOptions.TextColumnOf(parseResult),
                report => TermAnalysis.StreamLexicalDiversity(path, window, report: report, textColumn: CommonOptions.TextColumnOf(parseResult)),
                corpus => TermAnalysis.LexicalDiversity(corpus, window));
            LargeFrameOutput.Write(frame, parseResult.GetValue(formatOption), output, error);
            return 0;
        });
        return command;
    }
}
