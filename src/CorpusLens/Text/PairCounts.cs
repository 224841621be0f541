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
    private long growAt; // KeysBeforeDoubling(Slots), worked out once per table

    /// <summary>An empty table.</summary>
    public PairCounts()
    {
        keys = NewKeys(MinimumSlots);
        counts = new int[MinimumSlots];
        shift = 64 - BitOperations.Log2(MinimumSlots);
        growAt = KeysBeforeDoubling(MinimumSlots);
    }

    /// <summary>The slots of a new table.</summary>
    public const int MinimumSlots = 1 << 16;

    /// <summary>The bytes of one slot: a key and a count.</summary>
    public const int SlotBytes = sizeof(ulong) + sizeof(int);

    /// <summary>The slots of the table now (a power of two): it doubles when a key would make it more than 70 % full.</summary>
    public int Slots => keys.Length;

    /// <summary>How many keys a table of <paramref name="slots"/> slots holds before it doubles.</summary>
    public static long KeysBeforeDoubling(long slots) => slots * 7 / 10;

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
                if (++Count > growAt)
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

    /// <summary>
    /// Keeps only the keys <paramref name="keep"/> says yes to, with their counts, in a table as small as holds them
    /// (the old one is let go): what a collocation pass does when it narrows the pairs it counts.
    /// </summary>
    public void Keep(Func<ulong, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        int kept = 0;
        foreach (ulong key in keys)
        {
            if (key != Empty && keep(key))
            {
                kept++;
            }
        }
        int slots = MinimumSlots;
        while (KeysBeforeDoubling(slots) < kept)
        {
            slots *= 2;
        }
        Rehash(slots, keep);
        Count = kept;
    }

    private void Grow() => Rehash(keys.Length * 2, null);

    // Moves every key (that keep says yes to) into a new table of the given slots.
    private void Rehash(int slots, Func<ulong, bool>? keep)
    {
        var oldKeys = keys;
        var oldCounts = counts;
        keys = NewKeys(slots);
        counts = new int[slots];
        shift = 64 - BitOperations.Log2((uint)slots);
        growAt = KeysBeforeDoubling(slots);
        int mask = slots - 1;
        for (int old = 0; old < oldKeys.Length; old++)
        {
            ulong key = oldKeys[old];
            if (key == Empty || (keep is not null && !keep(key)))
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
