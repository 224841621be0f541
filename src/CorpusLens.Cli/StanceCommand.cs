using System.CommandLine;
using CorpusLens.Stance;

namespace CorpusLens.Cli;

/// <summary>How finely <c>corpuslens stance</c> and <c>corpuslens sentiment</c> report.</summary>
public enum StanceLevel
{
    /// <summary>One row per article (or per group with --group-by).</summary>
    Article,

    /// <summary>One row per sentence.</summary>
    Sentence,
}

/// <summary>
/// <c>corpuslens stance</c>: doomer–boomer stance per article or sentence, with the cues as evidence; with
/// <c>--evaluate FILE</c>, the accuracy and macro-F1 of the lexicon on a labelled set instead.
/// </summary>
public static class StanceCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var corpusOption = CommonOptions.Corpus();
        var formatOption = CommonOptions.Format();
        var levelOption = Level();
        var lexiconOption = LexiconFile("A stance lexicon (tab-separated: term, language, pole doomer|boomer, weight); default: the bundled one");
        var groupByOption = new Option<string?>("--group-by")
        {
            Description = "At article level, group articles by a column (language, date, year, source or a metadata column such as event)",
            HelpName = "COLUMN",
        };
        var evaluateOption = new Option<string?>("--evaluate")
        {
            Description = "Score a labelled set (tab-separated: language, label, text) and print accuracy and macro-F1 instead",
            HelpName = "FILE",
        };
        var command = new Command("stance", "Doomer–boomer stance per article or sentence: score in [-1, 1] (negative = doomer), label and the cues that fired")
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
            var lexicon = lexiconPath is null ? StanceLexicon.Default : StanceLexicon.Load(lexiconPath);
            var evaluate = parseResult.GetValue(evaluateOption);
            if (evaluate is not null)
            {
                return Evaluate(evaluate, lexicon, output, error);
            }
            StanceCommand.CheckGrouping(parseResult.GetValue(levelOption), parseResult.GetValue(groupByOption));
            var corpus = CommonOptions.LoadCorpus(parseResult.GetValue(corpusOption), error);
            var frame = parseResult.GetValue(levelOption) == StanceLevel.Sentence
                ? StanceAnalysis.Sentences(corpus, lexicon)
                : StanceAnalysis.Articles(corpus, lexicon, groupBy: parseResult.GetValue(groupByOption));
            CommonOptions.WriteFrame(frame, parseResult.GetValue(formatOption), output);
            return 0;
        });
        return command;
    }

    /// <summary>Prints the accuracy and macro-F1 of <paramref name="lexicon"/> on the labelled set at <paramref name="path"/>; each error goes to stderr.</summary>
    internal static int Evaluate(string path, Lexicon lexicon, TextWriter output, TextWriter error)
    {
        var report = StanceEvaluation.Evaluate(StanceEvaluation.Load(path), lexicon);
        output.Write(report.ToString());
        foreach (var (sentence, predicted) in report.Errors)
        {
            error.WriteLine(FormattableString.Invariant($"{path}:{sentence.Line}: expected {sentence.Label}, got {predicted.Label} ({predicted.Score:0.00}) {predicted.Evidence}"));
        }
        return 0;
    }

    /// <summary>Refuses --group-by with --level sentence rather than ignoring it.</summary>
    internal static void CheckGrouping(StanceLevel level, string? groupBy)
    {
        if (level == StanceLevel.Sentence && groupBy is not null)
        {
            throw new CorpusLensException("--group-by applies to --level article only");
        }
    }

    /// <summary>--level article|sentence (default article).</summary>
    internal static Option<StanceLevel> Level() => new("--level")
    {
        Description = "article (one row per article) or sentence (one row per sentence)",
        DefaultValueFactory = _ => StanceLevel.Article,
    };

    /// <summary>--lexicon FILE.</summary>
    internal static Option<string?> LexiconFile(string description) => new("--lexicon")
    {
        Description = description,
        HelpName = "FILE",
    };
}
