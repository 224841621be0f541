using CorpusLens.Funding;
using CorpusLens.Stance;
using CorpusLens.Text;
using Microsoft.Data.Analysis;

namespace CorpusLens.Report;

/// <summary>
/// What a report is made from: the corpus and the analysis frames, each optional (columns as in CONTRACTS.md).
/// The report draws whatever is present and says what is missing.
/// </summary>
public sealed class ReportInputs
{
    /// <summary>The report's title.</summary>
    public string Title { get; init; } = "CorpusLens report";

    /// <summary>Where the corpus came from (shown under the title).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary><see cref="Corpus.Articles"/>: id, title, language, date, source, words, sentences, ….</summary>
    public DataFrame? Articles { get; init; }

    /// <summary>Term frequencies grouped by article (or another grouping): group, term, count, per_thousand, document_frequency.</summary>
    public DataFrame? TermFrequencies { get; init; }

    /// <summary>Keyness: term, g2, chi2, log_ratio, target_count, reference_count.</summary>
    public DataFrame? Keyness { get; init; }

    /// <summary>The keyness target, in words (e.g. "the German article").</summary>
    public string KeynessTarget { get; init; } = "target";

    /// <summary>The keyness reference, in words (e.g. "the French articles").</summary>
    public string KeynessReference { get; init; } = "reference";

    /// <summary>Dispersion: article, term, position, relative_position.</summary>
    public DataFrame? Dispersion { get; init; }

    /// <summary>Stance per article: article, score, label, doomer, boomer, doomer_share, boomer_share, sentences, evidence.</summary>
    public DataFrame? StanceArticles { get; init; }

    /// <summary>Stance per sentence: article, sentence, text, doomer, boomer, score, label, evidence.</summary>
    public DataFrame? StanceSentences { get; init; }

    /// <summary>Sentiment per sentence: article, sentence, text, positive, negative, score, label.</summary>
    public DataFrame? Sentiment { get; init; }

    /// <summary>Funding figures: article, sentence, text, start, end, amount, currency, usd, qualifier, kind, investor, recipient, year, derived, context.</summary>
    public DataFrame? FundingFigures { get; init; }

    /// <summary>Funding comparison across sources: recipient, kind, article, year, usd, text, sources.</summary>
    public DataFrame? FundingComparison { get; init; }

    /// <summary>
    /// The inputs the <c>report</c> command uses for <paramref name="corpus"/>: the corpus overview, term
    /// frequencies, keyness, dispersion, stance, sentiment and funding, with the library's default settings.
    /// </summary>
    public static ReportInputs FromCorpus(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var figures = FundingAnalysis.Extract(corpus);
        var terms = TermCounter.Count(corpus);
        var (keyness, targetName, referenceName) = ReportDefaults.Keyness(corpus, terms);
        var dispersionTerm = ReportDefaults.MostFrequentTerm(terms);
        return new ReportInputs
        {
            Title = "CorpusLens report",
            Source = corpus.Location,
            Articles = corpus.Articles,
            TermFrequencies = terms.Frequencies(by: "article", top: ReportDefaults.TopTermsPerArticle),
            Keyness = keyness,
            KeynessTarget = targetName,
            KeynessReference = referenceName,
            Dispersion = dispersionTerm is null ? null : TermAnalysis.Dispersion(corpus, dispersionTerm),

            StanceArticles = StanceAnalysis.Articles(corpus),
            StanceSentences = StanceAnalysis.Sentences(corpus),
            Sentiment = SentimentAnalysis.Sentences(corpus),
            FundingFigures = FundingAnalysis.ToFrame(figures),
            FundingComparison = FundingAnalysis.Compare(figures),
        };
    }
}
