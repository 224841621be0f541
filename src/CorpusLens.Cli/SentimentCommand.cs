using System.CommandLine;
using CorpusLens.Stance;

namespace CorpusLens.Cli;

/// <summary><c>corpuslens sentiment</c>: general positive/negative sentiment per article or sentence.</summary>
public static class SentimentCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create() => PolarityCommand.Create(new PolarityCommandKind(
        "sentiment",
        "Positive/negative sentiment per article or sentence: score in [-1, 1], label and the cues that fired",
        "A sentiment lexicon (tab-separated: term, language, pole negative|positive, weight); default: the bundled one",
        () => SentimentLexicon.Default,
        SentimentLexicon.Load,
        (corpus, lexicon) => SentimentAnalysis.Sentences(corpus, lexicon),
        (corpus, lexicon, groupBy) => SentimentAnalysis.Articles(corpus, lexicon, groupBy: groupBy)));
}
