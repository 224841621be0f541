using System.CommandLine;
using CorpusLens.Text;

namespace CorpusLens.Cli;

/// <summary><c>corpuslens dispersion TERM</c>: where a word or phrase occurs through each article.</summary>
public static class DispersionCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var termArgument = new Argument<string>("TERM") { Description = "A word or phrase (case-insensitive; a trailing * matches word beginnings)" };
        var corpusOption = CommonOptions.Corpus();
        var formatOption = CommonOptions.Format();
        var streamOption = CommonOptions.Stream();
        var command = new Command("dispersion", "Dispersion: article, term, position, relative_position (0 at the first token, 1 at the last)")
        {
            termArgument,
            corpusOption,
            formatOption,
            streamOption,
        };
        command.SetGuardedAction((parseResult, output, error) =>
        {
            var path = parseResult.GetValue(corpusOption) ?? Corpus.FindBundledData();
            var query = parseResult.GetValue(termArgument) ?? string.Empty;
            var frame = TermOptionsBinder.StreamOrLoad(path, parseResult.GetValue(streamOption), error, CommonOptions.TextColumnOf(parseResult),
                report => TermAnalysis.StreamDispersion(path, query, report: report, textColumn: CommonOptions.TextColumnOf(parseResult)),
                corpus => TermAnalysis.Dispersion(corpus, query),
                frame => $", {frame.Rows.Count} matches");
            LargeFrameOutput.Write(frame, parseResult.GetValue(formatOption), output, error);
            return 0;
        });
        return command;
    }
}
