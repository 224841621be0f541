using System.CommandLine;
using CorpusLens.Stance;

namespace CorpusLens.Cli;

/// <summary><c>corpuslens sentiment</c>: general positive/negative sentiment per article or sentence.</summary>
public static class SentimentCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var corpusOption = CommonOptions.Corpus();
        var formatOption = CommonOptions.Format();
        var levelOption = StanceCommand.Level();
        var lexiconOption = StanceCommand.LexiconFile("A sentiment lexicon (tab-separated: term, language, pole negative|positive, weight); default: the bundled one");
        var groupByOption = new Option<string?>("--group-by")
        {
            Description = "At article level, group articles by a column (language, date, year, source or a metadata column)",
            HelpName = "COLUMN",
        };
        var evaluateOption = new Option<string?>("--evaluate")
        {
            Description = "Score a labelled set (tab-separated: language, label negative|positive|neutral, text) and print accuracy and macro-F1 instead",
            HelpName = "FILE",
        };
        var command = new Command("sentiment", "Positive/negative sentiment per article or sentence: score in [-1, 1], label and the cues that fired")
        {
            corpusOption,
            levelOption,
            lexiconOption,
            groupByOption,
            formatOption,
            evaluateOption,
        };
        command.SetGuardedAction((parseResult, output, error) =>
        {
            var lexiconPath = parseResult.GetValue(lexiconOption);
            var lexicon = lexiconPath is null ? SentimentLexicon.Default : SentimentLexicon.Load(lexiconPath);
            var evaluate = parseResult.GetValue(evaluateOption);
            if (evaluate is not null)
            {
                return StanceCommand.Evaluate(evaluate, lexicon, output, error);
            }
            StanceCommand.CheckGrouping(parseResult.GetValue(levelOption), parseResult.GetValue(groupByOption));
            var corpus = CommonOptions.LoadCorpus(parseResult.GetValue(corpusOption), error);
            var frame = parseResult.GetValue(levelOption) == StanceLevel.Sentence
                ? SentimentAnalysis.Sentences(corpus, lexicon)
                : SentimentAnalysis.Articles(corpus, lexicon, groupBy: parseResult.GetValue(groupByOption));
            CommonOptions.WriteFrame(frame, parseResult.GetValue(formatOption), output);
            return 0;
        });
        return command;
    }
}
