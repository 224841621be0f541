using System.Runtime.CompilerServices;

namespace CorpusLens.Text;

public sealed partial class TermIndex
{
    /// <summary>All terms sorted by shown term, then key (ordinal): rank -> term.</summary>
    private int[] SortTermsByDisplay()
    {
        int length = texts.Count;
        var order = PrefaultedArray.Uninitialized<int>(length);
        var prefixes = new DisplayPrefixes(length);
        // Every string is read once, in term order (close to the order they were made in, so mostly sequential):
        // the sort then works on the numbers, and reads a string again only where eight units do not decide.
        int half = length / 2;
        var second = TermCounter.Threads > 1 && length > 1 << 16 ? Task.Run(() => prefixes.Fill(texts, half, length)) : null;
        prefixes.Fill(texts, 0, second is null ? length : half);
        second?.GetAwaiter().GetResult();
        for (int term = 0; term < length; term++)
        {
            order[term] = term;
        }
        // The first numbers are in term order, as order is: they are the sort keys of the first step as they are.
        var keysByTerm = prefixes.First;
        var scratch = new RadixScratch(length);
        RadixSort.Sort(keysByTerm, order, scratch.Keys, scratch.Items);
        // The runs of equal first numbers are sorted further on two threads: each takes the runs of one half.
        int middle = length / 2;
        while (middle > 0 && middle < length && keysByTerm[middle] == keysByTerm[middle - 1])
        {
            middle++;
        }
        var upper = TermCounter.Threads > 1 && length > 1 << 16
            ? Task.Run(() => SortRuns(order, prefixes, keysByTerm, new RadixScratch(LongestRun(keysByTerm, middle, length)), middle, length, 0))
            : null;
        SortRuns(order, prefixes, keysByTerm, scratch, 0, upper is null ? length : middle, 0);
        upper?.GetAwaiter().GetResult();
        return order;
    }

    /// <summary>The length of the longest run of equal values in sorted[from..to] (the most a deeper step sorts).</summary>
    private static int LongestRun(ulong[] sorted, int from, int to)
    {
        int longest = 0;
        int start = from;
        for (int i = from + 1; i <= to; i++)
        {
            if (i == to || sorted[i] != sorted[start])
            {
                longest = Math.Max(longest, i - start);
                start = i;
            }
        }
        return longest;
    }

    /// <summary>
    /// Sorts order[from..to], whose shown terms agree on their first 4 × <paramref name="depth"/> UTF-16 units, by
    /// shown term, then key: by the next four units packed into a number (a radix step: a few number sorts instead
    /// of n log n string comparisons), then each run of equal numbers further (<see cref="SortRuns"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SortByDisplay(int[] order, DisplayPrefixes known, ulong[] prefixes, RadixScratch scratch, int from, int to, int depth)
    {
        int skip = depth * 4;
        for (int i = from; i < to; i++)
        {
            prefixes[i] = depth < DisplayPrefixes.Depth ? known.Prefix(order[i], depth) : Prefix(texts.DisplaySpan(order[i]), skip);
        }
        RadixSort.Sort(prefixes.AsSpan(from, to - from), order.AsSpan(from, to - from), scratch.Keys, scratch.Items);
        SortRuns(order, known, prefixes, scratch, from, to, depth);
    }

    /// <summary>
    /// Sorts each run of equal numbers in prefixes[from..to] (sorted at <paramref name="depth"/>) by the units after
    /// them, or by whole strings when none of the run's terms is longer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SortRuns(int[] order, DisplayPrefixes known, ulong[] prefixes, RadixScratch scratch, int from, int to, int depth)
    {
        int skip = depth * 4;
        int start = from;
        for (int i = from + 1; i <= to; i++)
        {
            if (i < to && prefixes[i] == prefixes[start])
            {
                continue;
            }
            if (i - start > 1)
            {
                bool longer = false;
                for (int j = start; j < i && !longer; j++)
                {
                    longer = known.Length(order[j], texts) > skip + 4;
                }
                if (longer)
                {
                    SortByDisplay(order, known, prefixes, scratch, start, i, depth + 1);
                }
                else
                {
                    order.AsSpan(start, i - start).Sort(new DisplayComparer(texts));
                }
            }
            start = i;
        }
    }

    /// <summary>Four UTF-16 units of <paramref name="text"/> from <paramref name="skip"/>, the first in the high bits, zeros after its end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Prefix(ReadOnlySpan<char> text, int skip)
    {
        ulong prefix = 0;
        for (int i = skip; i < skip + 4; i++)
        {
            prefix = (prefix << 16) | (i < text.Length ? text[i] : 0u);
        }
        return prefix;
    }

    /// <summary>The first eight UTF-16 units of every shown term as two numbers, and its length (up to 255).</summary>
    private sealed class DisplayPrefixes(int length)
    {
        /// <summary>How many numbers per term are kept.</summary>
        public const int Depth = 2;

        private readonly ulong[] first = PrefaultedArray.Create<ulong>(length);
        private readonly ulong[] second = PrefaultedArray.Create<ulong>(length);
        private readonly byte[] lengths = PrefaultedArray.Create<byte>(length);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Fill(TermTexts texts, int from, int to)
        {
            for (int term = from; term < to; term++)
            {
                var text = texts.DisplaySpan(term);
                first[term] = TermIndex.Prefix(text, 0);
                second[term] = TermIndex.Prefix(text, 4);
                lengths[term] = (byte)Math.Min(text.Length, byte.MaxValue);
            }
        }

        /// <summary>The first four units of every term, by term (sorted in place by the first step).</summary>
        public ulong[] First => first;

        public ulong Prefix(int term, int depth) => depth == 0 ? first[term] : second[term];

        public int Length(int term, TermTexts texts) => lengths[term] < byte.MaxValue ? lengths[term] : texts.DisplaySpan(term).Length;
    }

    /// <summary>Orders terms by shown term, then key (ordinal).</summary>
    private readonly struct DisplayComparer(TermTexts texts) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            int compare = texts.DisplaySpan(x).SequenceCompareTo(texts.DisplaySpan(y)); // ordinal, as string.CompareOrdinal
            return compare != 0 ? compare : texts.KeySpan(x).SequenceCompareTo(texts.KeySpan(y));
        }
    }
}
