using System.Runtime.CompilerServices;

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
    // Each key is stored as one record in the arena: id (2 chars), payload (4 chars), length (2 chars), then the
    // key's chars, padded to a multiple of 4 chars. Each slot packs the key's hash (high 32 bits) and the record's
    // offset + 1 (low 32 bits; 0 = empty). A lookup touches one slot and one record, which holds the id, the
    // payload and the chars together: two cache misses for a word not seen lately.
    private const int Header = 8;
    private ulong[] slots;
    private int[] offsets;
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
        offsets = new int[Math.Max(16, capacity)];
        arena = new char[Math.Max(64, capacity * 16)];
    }

    /// <summary>Number of distinct keys.</summary>
    public int Count { get; private set; }

    /// <summary>The id of <paramref name="key"/>, adding it when new.</summary>
    public int GetOrAdd(ReadOnlySpan<char> key) => GetOrAdd(key, out _);

    /// <summary>The id of <paramref name="key"/>, adding it when new; <paramref name="added"/> tells which.</summary>
    public int GetOrAdd(ReadOnlySpan<char> key, out bool added)
    {
        int offset = Find(key, out added);
        return IdAt(offset);
    }

    /// <summary>The payload of <paramref name="key"/> (see <see cref="Payload"/>), adding the key when new; the reference is valid until the next insertion.</summary>
    public ref ulong GetOrAddPayload(ReadOnlySpan<char> key, out int id, out bool added)
    {
        int offset = Find(key, out added);
        id = IdAt(offset);
        return ref PayloadAt(offset);
    }

    /// <summary>
    /// The hash of <paramref name="key"/>, after asking the CPU to fetch its slot into the cache, so that a lookup
    /// made a little later (<see cref="GetOrAddPayload(ReadOnlySpan{char}, uint, out int, out bool)"/>) overlaps its
    /// cache miss with other work.
    /// </summary>
    internal unsafe uint Prefetch(ReadOnlySpan<char> key)
    {
        uint hash = Hash(key);
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref slots[(int)hash & mask]));
        }
        return hash;
    }

    /// <summary>Asks the CPU to fetch the record in the first slot for <paramref name="hash"/> (after <see cref="Prefetch"/>).</summary>
    internal unsafe void PrefetchRecord(uint hash)
    {
        ulong entry = slots[(int)hash & mask];
        if (entry != 0 && System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref arena[(int)(uint)entry - 1]));
        }
    }

    /// <summary>As <see cref="GetOrAddPayload(ReadOnlySpan{char}, out int, out bool)"/> with the hash from <see cref="Prefetch"/>.</summary>
    internal ref ulong GetOrAddPayload(ReadOnlySpan<char> key, uint hash, out int id, out bool added)
    {
        int offset = Find(key, hash, out added);
        id = IdAt(offset);
        return ref PayloadAt(offset);
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
            int offset = (int)(uint)entry - 1;
            if ((uint)(entry >> 32) == hash && Matches(offset, key))
            {
                return IdAt(offset);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The characters of key <paramref name="id"/> (valid until the next insertion).</summary>
    public ReadOnlySpan<char> this[int id] => KeyAt(offsets[id]);

    /// <summary>Key <paramref name="id"/> as a new string.</summary>
    public string GetString(int id) => new(this[id]);

    /// <summary>A 64-bit value kept with key <paramref name="id"/> for the caller (0 when added), e.g. a count.</summary>
    public ref ulong Payload(int id) => ref PayloadAt(offsets[id]);

    private int Find(ReadOnlySpan<char> key, out bool added) => Find(key, Hash(key), out added);

    private int Find(ReadOnlySpan<char> key, uint hash, out bool added)
    {
        int slot = (int)hash & mask;
        while (true)
        {
            ulong entry = slots[slot];
            if (entry == 0)
            {
                break;
            }
            int offset = (int)(uint)entry - 1;
            if ((uint)(entry >> 32) == hash && Matches(offset, key))
            {
                added = false;
                return offset;
            }
            slot = (slot + 1) & mask;
        }
        added = true;
        return Insert(key, hash, slot);
    }

    private int IdAt(int offset) => Unsafe.As<char, int>(ref arena[offset]);

    private ref ulong PayloadAt(int offset) => ref Unsafe.As<char, ulong>(ref arena[offset + 2]);

    private ReadOnlySpan<char> KeyAt(int offset) => arena.AsSpan(offset + Header, Unsafe.As<char, int>(ref arena[offset + 6]));

    private bool Matches(int offset, ReadOnlySpan<char> key) =>
        Unsafe.As<char, int>(ref arena[offset + 6]) == key.Length && arena.AsSpan(offset + Header, key.Length).SequenceEqual(key);

    private int Insert(ReadOnlySpan<char> key, uint hash, int slot)
    {
        int id = Count;
        if (id == offsets.Length)
        {
            Array.Resize(ref offsets, offsets.Length * 2);
        }
        int size = (Header + key.Length + 3) & ~3;
        if ((long)arenaLength + size > int.MaxValue - 64)
        {
            throw new CorpusLensException("vocabulary too large: more than 2^31 characters of distinct terms");
        }
        if (arenaLength + size > arena.Length)
        {
            Array.Resize(ref arena, (int)Math.Min(int.MaxValue - 64, Math.Max(arena.Length * 2L, arenaLength + size)));
        }
        int offset = arenaLength;
        Unsafe.As<char, int>(ref arena[offset]) = id;
        Unsafe.As<char, ulong>(ref arena[offset + 2]) = 0;
        Unsafe.As<char, int>(ref arena[offset + 6]) = key.Length;
        key.CopyTo(arena.AsSpan(offset + Header));
        arenaLength += size;
        offsets[id] = offset;
        slots[slot] = ((ulong)hash << 32) | (uint)(offset + 1);
        Count = id + 1;
        if (Count * 2 > slots.Length)
        {
            Grow();
        }
        return offset;
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
