using CorpusLens.Report;
using CorpusLens.Tests.Charts;
using Microsoft.Data.Analysis;

namespace CorpusLens.Tests.Export;

/// <summary>Report inputs with every section, and corpus text that tries to break out of the page.</summary>
internal static class HostileFrames
{
    public const string HostileTitle = "<script>alert(1)</script><img src=x onerror=\"window.pwned=1\">";

    public const string HostileTerm = "</script><script>window.pwned=2</script>";

    public static ReportInputs AllSections()
    {
        var frequencies = SampleFrames.TermFrequencies();
        var terms = (StringDataFrameColumn)frequencies.Columns["term"];
        terms[2] = HostileTerm;
        var stance = SampleFrames.StanceArticles();
        ((StringDataFrameColumn)stance.Columns["evidence"])[0] = "risque(doomer,1.0); </script><b>bold</b>";
        return new ReportInputs
        {
            Title = "Test report",
            Source = "tests <&>",
            Articles = SampleFrames.Articles(HostileTitle),
            TermFrequencies = frequencies,
            Keyness = SampleFrames.Keyness(),
            KeynessTarget = "the German article",
            KeynessReference = "the French articles",
            Dispersion = SampleFrames.Dispersion(),
            StanceArticles = stance,
            StanceSentences = SampleFrames.StanceSentences(),
            Sentiment = SampleFrames.Sentiment(),
            FundingFigures = SampleFrames.FundingFigures(),
            FundingComparison = SampleFrames.FundingComparison(),
        };
    }
}
