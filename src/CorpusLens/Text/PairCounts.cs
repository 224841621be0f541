using System.Numerics;

namespace CorpusLens.Text;

/// <summary>
/// Counts of 64-bit keys (pairs of term numbers, <see cref="CollocationCounter"/>) in an open-addressing table: a
/// key and a count per slot (12 bytes), found by a multiplicative hash and linear probing, doubled at 70 % full.
/// A dictionary of ulong took 10 times as long: its hash of (a &lt;&lt; 32 | b) is a ^ b, and pairs of nearby numbers
/// collide.
/// </summary>
internal sealed class PairCounts
{
    /// <summary>The key of an empty slot: never a pair, whose higher number is above its lower one, so above 0.</summary>
    private const ulong Empty = 0;

    private ulong[] keys;
    private int[] counts;
    private int shift;

    /// <summary>An empty table.</summary>
    public PairCounts()
    {
        keys = NewKeys(1 << 16);
        counts = new int[1 << 16];
        shift = 64 - 16;
    }

    /// <summary>Distinct keys counted.</summary>
    public int Count { get; private set; }

    /// <summary>Adds one to the count of <paramref name="key"/>.</summary>
    public void Increment(ulong key) => Add(key, 1);

    /// <summary>Adds <paramref name="amount"/> to the count of <paramref name="key"/> (not 0).</summary>
    public void Add(ulong key, int amount)
    {
        int mask = keys.Length - 1;
        int slot = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
        while (true)
        {
            ulong found = keys[slot];
            if (found == key)
            {
                counts[slot] += amount;
                return;
            }
            if (found == Empty)
            {
                keys[slot] = key;
                counts[slot] = amount;
                if (++Count * 10L > keys.Length * 7L)
                {
                    Grow();
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Each key counted and its count, in no particular order.</summary>
    public IEnumerable<(ulong Key, int Count)> Entries()
    {
        for (int slot = 0; slot < keys.Length; slot++)
        {
            if (keys[slot] != Empty)
            {
                yield return (keys[slot], counts[slot]);
            }
        }
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldCounts = counts;
        keys = NewKeys(oldKeys.Length * 2);
        counts = new int[oldKeys.Length * 2];
        shift = 64 - BitOperations.Log2((uint)keys.Length);
        int mask = keys.Length - 1;
        for (int old = 0; old < oldKeys.Length; old++)
        {
            ulong key = oldKeys[old];
            if (key == Empty)
            {
                continue;
            }
            int slot = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
            while (keys[slot] != Empty)
            {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            counts[slot] = oldCounts[old];
        }
    }

    private static ulong[] NewKeys(int length) => new ulong[length]; // all Empty
}
