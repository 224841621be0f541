using System.Runtime.InteropServices;

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
    private int[] slots;          // id + 1, 0 = empty
    private int[] hashes;         // hash of each id
    private int[] starts;         // offset of each id's chars in the arena
    private int[] lengths;
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
        slots = new int[size];
        mask = size - 1;
        hashes = new int[Math.Max(16, capacity)];
        starts = new int[hashes.Length];
        lengths = new int[hashes.Length];
        arena = new char[Math.Max(64, capacity * 8)];
    }

    /// <summary>Number of distinct keys.</summary>
    public int Count { get; private set; }

    /// <summary>The id of <paramref name="key"/>, adding it when new.</summary>
    public int GetOrAdd(ReadOnlySpan<char> key) => GetOrAdd(key, out _);

    /// <summary>The id of <paramref name="key"/>, adding it when new; <paramref name="added"/> tells which.</summary>
    public int GetOrAdd(ReadOnlySpan<char> key, out bool added)
    {
        int hash = Hash(key);
        int slot = hash & mask;
        while (true)
        {
            int entry = slots[slot];
            if (entry == 0)
            {
                break;
            }
            int id = entry - 1;
            if (hashes[id] == hash && lengths[id] == key.Length && arena.AsSpan(starts[id], key.Length).SequenceEqual(key))
            {
                added = false;
                return id;
            }
            slot = (slot + 1) & mask;
        }
        added = true;
        return Insert(key, hash, slot);
    }

    /// <summary>The id of <paramref name="key"/>, or -1 when absent.</summary>
    public int IndexOf(ReadOnlySpan<char> key)
    {
        int hash = Hash(key);
        int slot = hash & mask;
        while (true)
        {
            int entry = slots[slot];
            if (entry == 0)
            {
                return -1;
            }
            int id = entry - 1;
            if (hashes[id] == hash && lengths[id] == key.Length && arena.AsSpan(starts[id], key.Length).SequenceEqual(key))
            {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The characters of key <paramref name="id"/> (valid until the next insertion).</summary>
    public ReadOnlySpan<char> this[int id] => arena.AsSpan(starts[id], lengths[id]);

    /// <summary>Key <paramref name="id"/> as a new string.</summary>
    public string GetString(int id) => new(arena, starts[id], lengths[id]);

    private int Insert(ReadOnlySpan<char> key, int hash, int slot)
    {
        int id = Count;
        if (id == hashes.Length)
        {
            int size = hashes.Length * 2;
            Array.Resize(ref hashes, size);
            Array.Resize(ref starts, size);
            Array.Resize(ref lengths, size);
        }
        if (arenaLength + key.Length > arena.Length)
        {
            Array.Resize(ref arena, Math.Max(arena.Length * 2, arenaLength + key.Length));
        }
        key.CopyTo(arena.AsSpan(arenaLength));
        hashes[id] = hash;
        starts[id] = arenaLength;
        lengths[id] = key.Length;
        arenaLength += key.Length;
        slots[slot] = id + 1;
        Count = id + 1;
        if (Count * 2 > slots.Length)
        {
            Grow();
        }
        return id;
    }

    private void Grow()
    {
        slots = new int[slots.Length * 2];
        mask = slots.Length - 1;
        for (int id = 0; id < Count; id++)
        {
            int slot = hashes[id] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
    }

    private static int Hash(ReadOnlySpan<char> key)
    {
        // FNV-1a over 32-bit pairs of chars, then a final mix so that linear probing spreads well.
        var words = MemoryMarshal.Cast<char, uint>(key);
        uint hash = 2166136261;
        foreach (uint word in words)
        {
            hash = (hash ^ word) * 16777619;
        }
        if ((key.Length & 1) != 0)
        {
            hash = (hash ^ key[^1]) * 16777619;
        }
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        hash ^= hash >> 12;
        return (int)(hash & 0x7FFFFFFF);
    }
}
