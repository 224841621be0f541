using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CorpusLens.Text;

/// <summary>Which units <see cref="SurfaceStatistics"/> counts capitals of (for <see cref="ProperNames"/>).</summary>
internal enum CapitalCounting
{
    /// <summary>None: n-grams are never names.</summary>
    None,

    /// <summary>Only units on a stop list or ending in an apostrophe: without stemming a name only matters where it saves a stopword.</summary>
    Stopwords,

    /// <summary>Every unit: with stemming a name is also never stemmed.</summary>
    All,
}

/// <summary>
/// What one worker's surface forms show of each of its folded units (indexed by the worker's unit id): its most
/// frequent surface form in this worker (ties: the ordinally first), and as asked, how often
/// it occurs, how often capitalised and how often with a capital after the first letter (for <see cref="ProperNames"/>).
/// One pass over the surfaces in id order, which is also their order in the vocabulary's memory.
/// </summary>
internal sealed class SurfaceStatistics
{
    // A unit's capitals are read together: one record per unit is one cache miss where three arrays were three.
    private readonly CapitalCounts[] capitals = [];
    private readonly Dictionary<int, CapitalCounts>? someCapitals;

    private SurfaceStatistics(int units, CapitalCounting counting)
    {
        // Every element of these is written before it is read: no need to clear them.
        Best = PrefaultedArray.Uninitialized<int>(units);
        BestIsFolded = PrefaultedArray.Uninitialized<bool>(units);
        SecondCounts = PrefaultedArray.Create<uint>(units);
        BestCounts = PrefaultedArray.Uninitialized<uint>(units);
        if (counting == CapitalCounting.All)
        {
            capitals = PrefaultedArray.Create<CapitalCounts>(units);
        }
        else if (counting == CapitalCounting.Stopwords)
        {
            someCapitals = [];
        }
    }

    /// <summary>Per unit: the surface id of its most frequent form.</summary>
    public int[] Best { get; }

    /// <summary>
    /// Per unit: whether <see cref="Best"/> is written exactly as the folded unit (all lower case, no ß, no ’), so
    /// that it equals the unit's key and every other worker's folded favourite without reading a character.
    /// </summary>
    public bool[] BestIsFolded { get; }

    /// <summary>
    /// Per unit: how often its second most frequent form occurs in this worker (as often as <see cref="Best"/> on a
    /// tie; 0 when the worker saw it written one way). No form but the favourite occurs more often in this worker.
    /// </summary>
    public uint[] SecondCounts { get; }

    /// <summary>Per unit: how often <see cref="Best"/> occurs in this worker.</summary>
    public uint[] BestCounts { get; }

    /// <summary>The occurrences of unit <paramref name="unit"/>, capitalised ones, and those with an inner capital.</summary>
    /// <exception cref="InvalidOperationException">The unit's capitals were not counted.</exception>
    public CapitalCounts Capitals(int unit)
    {
        if (someCapitals is null)
        {
            return capitals[unit];
        }
        return someCapitals.TryGetValue(unit, out var counted)
            ? counted
            : throw new InvalidOperationException($"capitals of unit {unit} were not counted");
    }

    /// <summary>Reads <paramref name="worker"/>'s surfaces, counting the capitals <paramref name="capitals"/> asks for.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SurfaceStatistics Of(CountingWorker worker, CapitalCounting capitals)
    {
        var surfaces = worker.Surfaces;
        var stops = worker.FoldedStops;
        var result = new SurfaceStatistics(worker.Folded.Count, capitals);
        var best = result.Best;
        var bestIsFolded = result.BestIsFolded;
        best.AsSpan().Fill(-1);
        int count = surfaces.Count;
        for (int surface = 0; surface < count; surface++)
        {
            ulong payload = surfaces.Payload(surface);
            int unit = CountingWorker.UnitOf(payload);
            uint occurrences = (uint)CountingWorker.CountOf(payload);
            var text = surfaces[surface];
            if (capitals == CapitalCounting.All)
            {
                Add(ref result.capitals[unit], text, occurrences);
            }
            else if (capitals == CapitalCounting.Stopwords && ((stops[unit] & 0b111) != 0 || (text.Length > 0 && Tokenizer.IsApostrophe(text[^1]))))
            {
                Add(ref CollectionsMarshal.GetValueRefOrAddDefault(result.someCapitals!, unit, out _), text, occurrences);
            }
            int current = best[unit];
            uint currentCount = current < 0 ? 0 : result.BestCounts[unit];
            bool wins = current < 0 || occurrences > currentCount
                || (occurrences == currentCount && text.SequenceCompareTo(surfaces[current]) < 0);
            if (current >= 0)
            {
                ref uint second = ref result.SecondCounts[unit];
                second = Math.Max(second, wins ? currentCount : occurrences);
            }
            if (wins)
            {
                best[unit] = surface;
                bestIsFolded[unit] = IsFolded(text);
                result.BestCounts[unit] = occurrences;
            }
        }
        return result;
    }

    /// <summary>Whether <see cref="CaseFolding.Fold(ReadOnlySpan{char})"/> leaves <paramref name="text"/> as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFolded(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c < 128 ? c is >= 'A' and <= 'Z' : (c is 'ß' or 'ẞ' or '\u2019' || char.ToLowerInvariant(c) != c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Adds <paramref name="occurrences"/> of the surface form <paramref name="text"/> to a unit's <paramref name="counts"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref CapitalCounts counts, ReadOnlySpan<char> text, uint occurrences)
    {
        bool capitalised = text.Length > 0 && char.IsUpper(text[0]);
        counts = new CapitalCounts(
            counts.Occurrences + occurrences,
            counts.Capitalised + (capitalised ? occurrences : 0),
            counts.InnerCapital + (capitalised && HasInnerCapital(text) ? occurrences : 0));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasInnerCapital(ReadOnlySpan<char> text)
    {
        for (int i = 1; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>
/// How often a unit occurs in one worker, how often capitalised and how often with a capital after the first letter.
/// A type of its own, not a tuple: the passes over all units call <see cref="SurfaceStatistics.Capitals"/> once per
/// unit, and the runtime's tuple code is not precompiled. 32-bit, as a surface's count in a worker is: 12 bytes a
/// unit where longs took 24 (gen100 with stemming, every unit's capitals counted: 7 MB less fresh memory).
/// </summary>
internal readonly record struct CapitalCounts(uint Occurrences, uint Capitalised, uint InnerCapital);
