using System.CommandLine;
using CorpusLens.Text;
using Microsoft.Data.Analysis;

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
            DataFrame frame;
            if (TermOptionsBinder.ShouldStreamAny(path, parseResult.GetValue(streamOption)))
            {
                var report = new LoadReport();
                frame = TermAnalysis.StreamDispersion(path, query, report: report, textColumn: CommonOptions.TextColumnOf(parseResult));
                TermOptionsBinder.WriteStreamReport(report, error, $", {frame.Rows.Count} matches", TermOptionsBinder.StreamedUnit(path));
            }
            else
            {
                var corpus = CommonOptions.LoadCorpus(path, error, CommonOptions.TextColumnOf(parseResult));
                frame = TermAnalysis.Dispersion(corpus, query);
            }
            LargeFrameOutput.Write(frame, parseResult.GetValue(formatOption), output, error);
            return 0;
        });
        return command;
    }
}
