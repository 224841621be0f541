using System.Runtime.CompilerServices;

namespace CorpusLens.Text;

/// <summary>
/// Sorts 64-bit keys with an item each (an LSD radix sort, byte by byte, skipping the bytes all keys share;
/// insertion sort for short spans). Compiled optimised from the first call: a one-shot sort of a few hundred
/// thousand keys would otherwise run mostly in unoptimised generic code.
/// </summary>
internal static class RadixSort
{
    private const int InsertionLimit = 48;

    /// <summary>Sorts <paramref name="keys"/> ascending and moves <paramref name="items"/> with them (not stable for the insertion sort of short spans: equal keys may swap items).</summary>
    /// <param name="keys">The keys; sorted in place.</param>
    /// <param name="items">One item per key, or none (empty) to sort the keys alone.</param>
    /// <param name="keyBuffer">Scratch room for at least as many keys.</param>
    /// <param name="itemBuffer">Scratch room for at least as many items (none without items).</param>
    /// <param name="firstDigit">
    /// The lowest byte sorted on (0: all eight). The passes are stable, so keys already in order on their lower bytes
    /// (say an index in the low 32 bits of keys given in index order) need only their upper bytes sorted
    /// (<c>firstDigit: 4</c>): half the passes.
    /// </param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(Span<ulong> keys, Span<int> items, Span<ulong> keyBuffer, Span<int> itemBuffer, int firstDigit = 0)
    {
        int length = keys.Length;
        bool withItems = !items.IsEmpty;
        if (length < InsertionLimit)
        {
            InsertionSort(keys, items);
            return;
        }
        Span<int> counts = stackalloc int[8 * 256];
        counts.Clear();
        for (int i = 0; i < length; i++)
        {
            ulong key = keys[i];
            for (int digit = firstDigit; digit < 8; digit++)
            {
                counts[(digit << 8) | (int)((key >> (digit * 8)) & 0xFF)]++;
            }
        }
        var sourceKeys = keys;
        var sourceItems = items;
        var targetKeys = keyBuffer[..length];
        var targetItems = withItems ? itemBuffer[..length] : default;
        for (int digit = firstDigit; digit < 8; digit++)
        {
            var digitCounts = counts.Slice(digit << 8, 256);
            int shift = digit * 8;
            if (digitCounts[(int)((keys[0] >> shift) & 0xFF)] == length)
            {
                continue;
            }
            int offset = 0;
            for (int value = 0; value < 256; value++)
            {
                int count = digitCounts[value];
                digitCounts[value] = offset;
                offset += count;
            }
            for (int i = 0; i < length; i++)
            {
                ulong key = sourceKeys[i];
                int position = digitCounts[(int)((key >> shift) & 0xFF)]++;
                targetKeys[position] = key;
                if (withItems)
                {
                    targetItems[position] = sourceItems[i];
                }
            }
            var keysWritten = targetKeys;
            targetKeys = sourceKeys;
            sourceKeys = keysWritten;
            var itemsWritten = targetItems;
            targetItems = sourceItems;
            sourceItems = itemsWritten;
        }
        if (sourceKeys != keys)
        {
            sourceKeys.CopyTo(keys);
            if (withItems)
            {
                sourceItems.CopyTo(items);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void InsertionSort(Span<ulong> keys, Span<int> items)
    {
        bool withItems = !items.IsEmpty;
        for (int i = 1; i < keys.Length; i++)
        {
            ulong key = keys[i];
            int item = withItems ? items[i] : 0;
            int j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                if (withItems)
                {
                    items[j + 1] = items[j];
                }
                j--;
            }
            keys[j + 1] = key;
            if (withItems)
            {
                items[j + 1] = item;
            }
        }
    }
}

/// <summary>Scratch room for <see cref="RadixSort.Sort"/> of up to <paramref name="length"/> keys.</summary>
internal sealed class RadixScratch(int length)
{
    /// <summary>Room for the keys.</summary>
    public ulong[] Keys { get; } = PrefaultedArray.Create<ulong>(length);

    /// <summary>Room for the items.</summary>
    public int[] Items { get; } = PrefaultedArray.Create<int>(length);
}
