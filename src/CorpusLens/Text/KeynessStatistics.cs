namespace CorpusLens.Text;

/// <summary>
/// The association measures used for keyness and collocations, on a 2×2 contingency table. Logarithms are
/// natural for G² (as in Dunning 1993 and AntConc) and binary for PMI and the log ratio.
/// </summary>
public static class KeynessStatistics
{
    /// <summary>
    /// Signed log-likelihood G² of a term seen <paramref name="targetCount"/> times in a target of
    /// <paramref name="targetTotal"/> tokens and <paramref name="referenceCount"/> times in a reference of
    /// <paramref name="referenceTotal"/> tokens: 2 Σ O ln(O/E) over the four cells, positive when the term is
    /// relatively more frequent in the target, negative when less.
    /// </summary>
    /// <example><code>KeynessStatistics.LogLikelihood(10, 1000, 10, 9000) // ≈ +20.5</code></example>
    public static double LogLikelihood(double targetCount, double targetTotal, double referenceCount, double referenceTotal)
    {
        double total = targetTotal + referenceTotal;
        if (total <= 0)
        {
            return 0;
        }
        double termTotal = targetCount + referenceCount;
        double otherTotal = total - termTotal;
        double g2 = 2 * (Cell(targetCount, targetTotal * termTotal / total)
            + Cell(referenceCount, referenceTotal * termTotal / total)
            + Cell(targetTotal - targetCount, targetTotal * otherTotal / total)
            + Cell(referenceTotal - referenceCount, referenceTotal * otherTotal / total));
        g2 = Math.Max(0, g2);
        return Direction(targetCount, targetTotal, referenceCount, referenceTotal) * g2;
    }

    /// <summary>Signed Pearson chi-square of the same 2×2 table (without continuity correction).</summary>
    public static double ChiSquare(double targetCount, double targetTotal, double referenceCount, double referenceTotal)
    {
        double a = targetCount, b = referenceCount, c = targetTotal - targetCount, d = referenceTotal - referenceCount;
        double n = a + b + c + d;
        double denominator = (a + b) * (c + d) * (a + c) * (b + d);
        if (denominator <= 0)
        {
            return 0;
        }
        double difference = a * d - b * c;
        return Direction(targetCount, targetTotal, referenceCount, referenceTotal) * n * difference * difference / denominator;
    }

    /// <summary>
    /// Hardie's log ratio: the binary log of the ratio of the relative frequencies in target and reference, with
    /// a zero count replaced by 0.5 so that the value stays finite. +1 means twice as frequent in the target.
    /// </summary>
    public static double LogRatio(double targetCount, double targetTotal, double referenceCount, double referenceTotal)
    {
        if (targetTotal <= 0 || referenceTotal <= 0)
        {
            return 0;
        }
        double target = Math.Max(targetCount, 0.5) / targetTotal;
        double reference = Math.Max(referenceCount, 0.5) / referenceTotal;
        return Math.Log2(target / reference);
    }

    /// <summary>Pointwise mutual information log2(O·N / (R·C)) of a pair seen <paramref name="pairCount"/> times, its first word <paramref name="firstTotal"/> times and its second <paramref name="secondTotal"/> times among <paramref name="total"/> pairs.</summary>
    public static double PointwiseMutualInformation(double pairCount, double firstTotal, double secondTotal, double total) =>
        pairCount <= 0 || firstTotal <= 0 || secondTotal <= 0 ? double.NegativeInfinity : Math.Log2(pairCount * total / (firstTotal * secondTotal));

    /// <summary>Log-likelihood G² (unsigned) of a pair: the 2×2 table of pair count, first-word and second-word totals among <paramref name="total"/> pairs.</summary>
    public static double PairLogLikelihood(double pairCount, double firstTotal, double secondTotal, double total)
    {
        if (total <= 0)
        {
            return 0;
        }
        double o11 = pairCount, o12 = firstTotal - pairCount, o21 = secondTotal - pairCount, o22 = total - firstTotal - secondTotal + pairCount;
        double otherFirst = total - firstTotal, otherSecond = total - secondTotal;
        return Math.Max(0, 2 * (Cell(o11, firstTotal * secondTotal / total) + Cell(o12, firstTotal * otherSecond / total)
            + Cell(o21, otherFirst * secondTotal / total) + Cell(o22, otherFirst * otherSecond / total)));
    }

    private static double Cell(double observed, double expected) => observed > 0 && expected > 0 ? observed * Math.Log(observed / expected) : 0;

    private static double Direction(double targetCount, double targetTotal, double referenceCount, double referenceTotal) =>
        targetTotal > 0 && referenceTotal > 0 && targetCount / targetTotal < referenceCount / referenceTotal ? -1 : 1;
}
