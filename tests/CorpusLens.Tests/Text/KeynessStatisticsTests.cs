using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

public class KeynessStatisticsTests
{
    // Values computed by hand from the 2×2 tables (2 Σ O ln(O/E); N(ad − bc)² / row and column totals).
    [Theory]
    [InlineData(10, 1000, 10, 9000, 20.504448, 35.626809, 3.169925)]
    [InlineData(5, 500, 50, 1000, -18.573794, -15.099088, -2.321928)]
    public void Keyness_matches_hand_computed_values(double a, double targetTotal, double b, double referenceTotal, double g2, double chi2, double logRatio)
    {
        Assert.Equal(g2, KeynessStatistics.LogLikelihood(a, targetTotal, b, referenceTotal), 5);
        Assert.Equal(chi2, KeynessStatistics.ChiSquare(a, targetTotal, b, referenceTotal), 5);
        Assert.Equal(logRatio, KeynessStatistics.LogRatio(a, targetTotal, b, referenceTotal), 4);
    }

    [Fact]
    public void Log_ratio_stays_finite_when_the_reference_lacks_the_term() =>
        Assert.Equal(Math.Log2((4.0 / 100) / (0.5 / 100)), KeynessStatistics.LogRatio(4, 100, 0, 100), 10);

    [Fact]
    public void Pmi_and_pair_log_likelihood_match_hand_computed_values()
    {
        // pair seen 4 times; first word in 10 pairs, second in 20, of 1000 pairs: PMI = log2(4·1000 / (10·20)) = log2 20.
        Assert.Equal(4.321928, KeynessStatistics.PointwiseMutualInformation(4, 10, 20, 1000), 5);
        Assert.Equal(18.874264, KeynessStatistics.PairLogLikelihood(4, 10, 20, 1000), 5);
    }

    [Fact]
    public void Equal_rates_give_zero_keyness()
    {
        Assert.Equal(0, KeynessStatistics.LogLikelihood(5, 1000, 10, 2000), 10);
        Assert.Equal(0, KeynessStatistics.ChiSquare(5, 1000, 10, 2000), 10);
    }
}
