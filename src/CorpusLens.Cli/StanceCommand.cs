using System.CommandLine;
using CorpusLens.Stance;

namespace CorpusLens.Cli;

/// <summary>
/// <c>corpuslens stance</c>: doomer–boomer stance per article or sentence, with the cues as evidence; with
/// <c>--evaluate FILE</c>, the accuracy and macro-F1 of the lexicon on a labelled set instead.
/// </summary>
public static class StanceCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create() => PolarityCommand.Create(new PolarityCommandKind(
        "stance",
        "Doomer–boomer stance per article or sentence: score in [-1, 1] (negative = doomer), label and the cues that fired",
        "A stance lexicon (tab-separated: term, language, pole doomer|boomer, weight); default: the bundled one",
        () => StanceLexicon.Default,
        StanceLexicon.Load,
        (corpus, lexicon) => StanceAnalysis.Sentences(corpus, lexicon),
        (corpus, lexicon, groupBy) => StanceAnalysis.Articles(corpus, lexicon, groupBy: groupBy)));
}
