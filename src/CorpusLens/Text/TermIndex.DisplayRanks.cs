using System.Runtime.CompilerServices;

namespace CorpusLens.Text;

public sealed partial class TermIndex
{
    /// <summary>term -> rank of the term among all terms by shown term, then key (ordinal).</summary>
    private int[] RankByDisplay()
    {
        int length = keys.Length;
        var order = new int[length];
        for (int term = 0; term < length; term++)
        {
            order[term] = term;
        }
        SortByDisplay(order, new ulong[length], new RadixScratch(length), 0, length, 0);
        var ranks = new int[length];
        for (int rank = 0; rank < length; rank++)
        {
            ranks[order[rank]] = rank;
        }
        return ranks;
    }

    /// <summary>
    /// Sorts order[from..to], whose shown terms agree on their first 4 × <paramref name="depth"/> UTF-16 units, by
    /// shown term, then key: by the next four units packed into a number (a radix step: a few number sorts instead
    /// of n log n string comparisons), then each run of equal numbers by the units after them, or by whole strings
    /// when none of the run's terms is longer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SortByDisplay(int[] order, ulong[] prefixes, RadixScratch scratch, int from, int to, int depth)
    {
        int skip = depth * 4;
        for (int i = from; i < to; i++)
        {
            prefixes[i] = Prefix(display[order[i]], skip);
        }
        RadixSort.Sort(prefixes.AsSpan(from, to - from), order.AsSpan(from, to - from), scratch.Keys, scratch.Items);
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
                    longer = display[order[j]].Length > skip + 4;
                }
                if (longer)
                {
                    SortByDisplay(order, prefixes, scratch, start, i, depth + 1);
                }
                else
                {
                    order.AsSpan(start, i - start).Sort(new DisplayComparer(display, keys));
                }
            }
            start = i;
        }
    }

    /// <summary>Four UTF-16 units of <paramref name="text"/> from <paramref name="skip"/>, the first in the high bits, zeros after its end.</summary>
    private static ulong Prefix(string text, int skip)
    {
        ulong prefix = 0;
        for (int i = skip; i < skip + 4; i++)
        {
            prefix = (prefix << 16) | (i < text.Length ? text[i] : 0u);
        }
        return prefix;
    }

    private int[] TermsByRank()
    {
        var ranks = displayRanks.Value;
        var byRank = new int[ranks.Length];
        for (int term = 0; term < ranks.Length; term++)
        {
            byRank[ranks[term]] = term;
        }
        return byRank;
    }

    /// <summary>Scratch room for <see cref="RadixSort"/>.</summary>
    private sealed class RadixScratch(int length)
    {
        public ulong[] Keys { get; } = new ulong[length];

        public int[] Items { get; } = new int[length];
    }

    /// <summary>Orders terms by shown term, then key (ordinal).</summary>
    private readonly struct DisplayComparer(string[] display, string[] keys) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            int compare = string.CompareOrdinal(display[x], display[y]);
            return compare != 0 ? compare : string.CompareOrdinal(keys[x], keys[y]);
        }
    }
}
