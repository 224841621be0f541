namespace CorpusLens.Text;

/// <summary>
/// An open-addressing hash table from character sequences to dense ids (0, 1, 2, …), keyed by chars without
/// allocating a string per lookup. Keys are stored once, back to back, in a growing char arena. Not thread-safe:
/// give each thread its own vocabulary and merge them with GetOrAdd.
/// </summary>
/// <example>
/// <code>
/// var vocabulary = new TermVocabulary();
/// int id = vocabulary.GetOrAdd("openai");   // 0
/// vocabulary.GetOrAdd("openai".AsSpan());   // 0 again
/// vocabulary.GetString(id);                 // "openai"
/// </code>
/// </example>
public sealed class TermVocabulary
{
    // Each slot packs the key's hash (high 32 bits) and id + 1 (low 32 bits; 0 = empty), and each entry packs the
    // key's arena offset and length, so a lookup touches one slot, one entry and the key's chars: few cache misses.
    private ulong[] slots;
    private ulong[] entries;      // two per id: [2 id] = offset << 32 | length, [2 id + 1] = the caller's payload
    private char[] arena;
    private int arenaLength;
    private int mask;

    /// <summary>Creates an empty vocabulary sized for about <paramref name="capacity"/> keys.</summary>
    public TermVocabulary(int capacity = 1024)
    {
        int size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }
        slots = new ulong[size];
        mask = size - 1;
        entries = new ulong[2 * Math.Max(16, capacity)];
        arena = new char[Math.Max(64, capacity * 8)];
    }

    /// <summary>Number of distinct keys.</summary>
    public int Count { get; private set; }

    /// <summary>The id of <paramref name="key"/>, adding it when new.</summary>
    public int GetOrAdd(ReadOnlySpan<char> key) => GetOrAdd(key, out _);

    /// <summary>The id of <paramref name="key"/>, adding it when new; <paramref name="added"/> tells which.</summary>
    public int GetOrAdd(ReadOnlySpan<char> key, out bool added)
    {
        uint hash = Hash(key);
        int slot = (int)hash & mask;
        while (true)
        {
            ulong entry = slots[slot];
            if (entry == 0)
            {
                break;
            }
            if ((uint)(entry >> 32) == hash)
            {
                int id = (int)(uint)entry - 1;
                if (Matches(id, key))
                {
                    added = false;
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
        added = true;
        return Insert(key, hash, slot);
    }

    /// <summary>The id of <paramref name="key"/>, or -1 when absent.</summary>
    public int IndexOf(ReadOnlySpan<char> key)
    {
        uint hash = Hash(key);
        int slot = (int)hash & mask;
        while (true)
        {
            ulong entry = slots[slot];
            if (entry == 0)
            {
                return -1;
            }
            int id = (int)(uint)entry - 1;
            if ((uint)(entry >> 32) == hash && Matches(id, key))
            {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The characters of key <paramref name="id"/> (valid until the next insertion).</summary>
    public ReadOnlySpan<char> this[int id] => arena.AsSpan((int)(entries[2 * id] >> 32), (int)(uint)entries[2 * id]);

    /// <summary>Key <paramref name="id"/> as a new string.</summary>
    public string GetString(int id) => new(this[id]);

    /// <summary>A 64-bit value kept with key <paramref name="id"/> for the caller (0 when added), e.g. a count.</summary>
    public ref ulong Payload(int id) => ref entries[2 * id + 1];

    private bool Matches(int id, ReadOnlySpan<char> key)
    {
        ulong entry = entries[2 * id];
        return (int)(uint)entry == key.Length && arena.AsSpan((int)(entry >> 32), key.Length).SequenceEqual(key);
    }

    private int Insert(ReadOnlySpan<char> key, uint hash, int slot)
    {
        int id = Count;
        if (2 * id == entries.Length)
        {
            Array.Resize(ref entries, entries.Length * 2);
        }
        if (arenaLength + key.Length > arena.Length)
        {
            Array.Resize(ref arena, Math.Max(arena.Length * 2, arenaLength + key.Length));
        }
        key.CopyTo(arena.AsSpan(arenaLength));
        entries[2 * id] = ((ulong)(uint)arenaLength << 32) | (uint)key.Length;
        arenaLength += key.Length;
        slots[slot] = ((ulong)hash << 32) | (uint)(id + 1);
        Count = id + 1;
        if (Count * 2 > slots.Length)
        {
            Grow();
        }
        return id;
    }

    private void Grow()
    {
        var old = slots;
        slots = new ulong[old.Length * 2];
        mask = slots.Length - 1;
        foreach (ulong entry in old)
        {
            if (entry == 0)
            {
                continue;
            }
            int slot = (int)(uint)(entry >> 32) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            slots[slot] = entry;
        }
    }

    private static uint Hash(ReadOnlySpan<char> key) => (uint)string.GetHashCode(key);
}
