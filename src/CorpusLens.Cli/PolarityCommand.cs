using System.CommandLine;
using CorpusLens.Stance;
using Microsoft.Data.Analysis;

namespace CorpusLens.Cli;

/// <summary>How finely <c>corpuslens stance</c> and <c>corpuslens sentiment</c> report.</summary>
public enum StanceLevel
{
    /// <summary>One row per article (or per group with --group-by).</summary>
    Article,

    /// <summary>One row per sentence.</summary>
    Sentence,
}

/// <summary>What differs between the two polarity commands (stance and sentiment); the rest is shared.</summary>
/// <param name="Name">The command's name.</param>
/// <param name="Description">The command's help text.</param>
/// <param name="LexiconDescription">Help text of --lexicon.</param>
/// <param name="DefaultLexicon">Reads the bundled lexicon (only when the command runs without --lexicon: it stems every cue).</param>
/// <param name="LoadLexicon">Loads a user's lexicon file.</param>
/// <param name="Sentences">One row per sentence.</param>
/// <param name="Articles">One row per article or group (the string is --group-by).</param>
internal sealed record PolarityCommandKind(
    string Name,
    string Description,
    string LexiconDescription,
    Func<Lexicon> DefaultLexicon,
    Func<string, Lexicon> LoadLexicon,
    Func<Corpus, Lexicon, DataFrame> Sentences,
    Func<Corpus, Lexicon, string?, DataFrame> Articles);

/// <summary>
/// Builds <c>corpuslens stance</c> and <c>corpuslens sentiment</c>: scores per article or sentence with the cues as
/// evidence; with <c>--evaluate FILE</c>, the accuracy and macro-F1 of the lexicon on a labelled set instead.
/// </summary>
internal static class PolarityCommand
{
    public static Command Create(PolarityCommandKind kind)
    {
        var corpusOption = CommonOptions.Corpus();
        var formatOption = CommonOptions.Format();
        var levelOption = new Option<StanceLevel>("--level")
        {
            Description = "article (one row per article) or sentence (one row per sentence)",
            HelpName = UsageErrors.HelpNameOf<StanceLevel>(),
            DefaultValueFactory = _ => StanceLevel.Article,
        };
        var lexiconOption = new Option<string?>("--lexicon") { Description = kind.LexiconDescription, HelpName = "FILE" };
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
        var command = new Command(kind.Name, kind.Description)
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
            var lexicon = lexiconPath is null ? kind.DefaultLexicon() : kind.LoadLexicon(lexiconPath);
            if (parseResult.GetValue(evaluateOption) is { } evaluate)
            {
                return Evaluate(evaluate, lexicon, output, error);
            }
            var level = parseResult.GetValue(levelOption);
            var groupBy = parseResult.GetValue(groupByOption);
            if (level == StanceLevel.Sentence && groupBy is not null)
            {
                throw new CorpusLensException("--group-by applies to --level article only");
            }
            var corpus = CommonOptions.LoadCorpus(parseResult.GetValue(corpusOption), error, CommonOptions.TextColumnOf(parseResult));
            var frame = level == StanceLevel.Sentence ? kind.Sentences(corpus, lexicon) : kind.Articles(corpus, lexicon, groupBy);
            CommonOptions.WriteFrame(frame, parseResult.GetValue(formatOption), output);
            return 0;
        });
        return command;
    }

    /// <summary>Prints the accuracy and macro-F1 of <paramref name="lexicon"/> on the labelled set at <paramref name="path"/>; each error goes to stderr.</summary>
    private static int Evaluate(string path, Lexicon lexicon, TextWriter output, TextWriter error)
    {
        var report = StanceEvaluation.Evaluate(StanceEvaluation.Load(path), lexicon);
        output.Write(report.ToString());
        foreach (var (sentence, predicted) in report.Errors)
        {
            error.WriteLine(FormattableString.Invariant($"{path}:{sentence.Line}: expected {sentence.Label}, got {predicted.Label} ({predicted.Score:0.00}) {predicted.Evidence}"));
        }
        return 0;
    }
}
