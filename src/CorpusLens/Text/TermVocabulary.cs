using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CorpusLens.Text;

/// <summary>
/// An open-addressing hash table from character sequences to dense ids (0, 1, 2, …), keyed by chars without
/// allocating a string per lookup. Keys are stored once, back to back, in an arena of fixed 256K-char chunks (a
/// longer key gets a chunk of its own), so the arena grows without copying and never holds a discarded half-size
/// copy. Not thread-safe: give each thread its own vocabulary and merge them with GetOrAdd.
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
    // key's chars, padded to a multiple of 4 chars. A record's offset is chunk << ChunkShift | position. Each slot
    // packs the key's hash (high 32 bits) and the record's offset + 1 (low 32 bits; 0 = empty). A lookup touches
    // one slot and one record, which holds the id, the payload and the chars together: two cache misses for a word
    // not seen lately.
    internal const int Header = 8;
    internal const int ChunkShift = 18;
    private const int ChunkSize = 1 << ChunkShift;
    internal const int PositionMask = ChunkSize - 1;
    private const int MaximumChunks = 1 << (31 - ChunkShift);
    private ulong[] slots;
    private int[] offsets;
    private char[][] chunks = new char[4][];
    private int chunkCount;
    private int chunkLength;
    private readonly int firstChunkSize;
    private int mask;

    /// <summary>Creates an empty vocabulary sized for about <paramref name="capacity"/> keys.</summary>
    public TermVocabulary(int capacity = 1024)
    {
        int size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }
        slots = PrefaultedArray.Create<ulong>(size);
        mask = size - 1;
        offsets = new int[Math.Max(16, capacity)];
        firstChunkSize = (int)Math.Clamp(capacity * 16L, 64, ChunkSize);
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

    /// <summary>As <see cref="GetOrAdd(ReadOnlySpan{char}, out bool)"/> with the hash from <see cref="Prefetch(ReadOnlySpan{char})"/>.</summary>
    internal int GetOrAdd(ReadOnlySpan<char> key, uint hash, out bool added) => IdAt(Find(key, hash, out added));

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
    internal uint Prefetch(ReadOnlySpan<char> key) => Prefetch(Hash(key));

    /// <summary>As <see cref="Prefetch(ReadOnlySpan{char})"/> for a key whose hash is known; returns it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal unsafe uint Prefetch(uint hash)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref slots[(int)hash & mask]));
        }
        return hash;
    }

    /// <summary>
    /// Asks the CPU to fetch the record in the first slot for <paramref name="hash"/> (after
    /// <see cref="Prefetch(ReadOnlySpan{char})"/>): its start and the end of its first <see cref="ShortKey"/> key chars,
    /// which is in the next cache line for most records (a record is not aligned to lines, and header plus vector
    /// are 48 bytes).
    /// </summary>
    internal unsafe void PrefetchRecord(uint hash)
    {
        ulong entry = slots[(int)hash & mask];
        if (entry != 0 && System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            ref char record = ref CharAt((int)(uint)entry - 1);
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref record));
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref record, Header + ShortKey - 1)));
        }
    }

    /// <summary>As <see cref="GetOrAddPayload(ReadOnlySpan{char}, out int, out bool)"/> with the hash from <see cref="Prefetch(ReadOnlySpan{char})"/>.</summary>
    internal ref ulong GetOrAddPayload(ReadOnlySpan<char> key, uint hash, out int id, out bool added)
    {
        int offset = Find(key, hash, out added);
        id = IdAt(offset);
        return ref PayloadAt(offset);
    }

    /// <summary>The id of <paramref name="key"/>, or -1 when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called in one burst, when the vocabularies are merged
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

    /// <summary>Where key <paramref name="id"/>'s record is: its key is <c>Arena[offset]</c>.</summary>
    internal int OffsetOf(int id) => offsets[id];

    /// <summary>The keys alone, without the hash table, to read after counting (<see cref="OffsetOf"/>); valid while no key is added.</summary>
    internal KeyArena Arena => new(chunks);

    /// <summary>A 64-bit value kept with key <paramref name="id"/> for the caller (0 when added), e.g. a count.</summary>
    public ref ulong Payload(int id) => ref PayloadAt(offsets[id]);

    private int Find(ReadOnlySpan<char> key, out bool added) => Find(key, Hash(key), out added);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
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

    private ref char CharAt(int offset) => ref chunks[offset >> ChunkShift][offset & PositionMask];

    private int IdAt(int offset) => Unsafe.As<char, int>(ref CharAt(offset));

    private ref ulong PayloadAt(int offset) => ref Unsafe.As<char, ulong>(ref Unsafe.Add(ref CharAt(offset), 2));

    private ReadOnlySpan<char> KeyAt(int offset) => Arena[offset];

    private bool Matches(int offset, ReadOnlySpan<char> key) => KeyAt(offset).SequenceEqual(key);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int Insert(ReadOnlySpan<char> key, uint hash, int slot)
    {
        int offset = Append(key);
        slots[slot] = ((ulong)hash << 32) | (uint)(offset + 1);
        // Grows past 80 % full: a probe rarely leaves the slot's cache line below that, and a smaller table keeps more
        // of itself in the cache (gen100's 320,000-370,000 surfaces per thread fit 512K slots, 4 MB, instead of 8 MB at 70 %).
        if (Count * 10L > slots.Length * 8L)
        {
            Grow();
        }
        return offset;
    }

    /// <summary>
    /// Adds a record for <paramref name="key"/> with the next id and returns its offset, without looking it up or
    /// entering it in the hash table: for a caller that only keeps keys (<see cref="Arena"/>, <see cref="OffsetOf"/>)
    /// and finds equal ones otherwise. <see cref="GetOrAdd(ReadOnlySpan{char})"/> does not see such keys.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal int Append(ReadOnlySpan<char> key)
    {
        int id = Count;
        if (id == offsets.Length)
        {
            offsets = PrefaultedArray.Doubled(offsets);
        }
        int size = (Header + key.Length + 3) & ~3;
        if (chunkCount == 0 || chunkLength + size > chunks[chunkCount - 1].Length - ShortKey)
        {
            AddChunk(size);
        }
        var chunk = chunks[chunkCount - 1];
        int position = chunkLength;
        Unsafe.As<char, int>(ref chunk[position]) = id;
        Unsafe.As<char, ulong>(ref chunk[position + 2]) = 0;
        Unsafe.As<char, int>(ref chunk[position + 6]) = key.Length;
        key.CopyTo(chunk.AsSpan(position + Header));
        chunkLength += size;
        int offset = ((chunkCount - 1) << ChunkShift) | position;
        offsets[id] = offset;
        Count = id + 1;
        return offset;
    }

    /// <summary>Starts a new chunk: each twice the previous up to 256K chars, or one of its own for a longer record.</summary>
    private void AddChunk(int size)
    {
        if (chunkCount == MaximumChunks)
        {
            throw new CorpusLensException($"vocabulary too large: more than {MaximumChunks} chunks of {ChunkSize} characters of distinct terms");
        }
        if (chunkCount == chunks.Length)
        {
            Array.Resize(ref chunks, chunks.Length * 2);
        }
        int standard = (int)Math.Min(ChunkSize, (long)firstChunkSize << Math.Min(chunkCount, 30));
        // ShortKey chars of slack at the end: a short key is compared by reading ShortKey chars from its start.
        chunks[chunkCount++] = PrefaultedArray.Create<char>(Math.Max(standard, size) + ShortKey);
        chunkLength = 0;
    }

    private void Grow()
    {
        var old = slots;
        slots = PrefaultedArray.Create<ulong>(old.Length * 2);
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

    /// <summary>Keys up to this many chars are hashed and compared as one 32-byte vector (<see cref="ShortKeyOf"/>).</summary>
    internal const int ShortKey = 16;

    // Odd random seeds, one set per process (a multiplication by an odd number loses no bits). Fields, not an array:
    // the optimising compiler reads them as constants.
    private static readonly ulong Seed0 = NewSeed();
    private static readonly ulong Seed1 = NewSeed();
    private static readonly ulong Seed2 = NewSeed();
    private static readonly ulong Seed3 = NewSeed();
    private static readonly ulong Seed4 = NewSeed();

    /// <summary>
    /// The hash of any key: a short one (up to <see cref="ShortKey"/> chars) as its zero-padded vector
    /// (<see cref="HashShort"/>), a longer one with the runtime's randomised string hash. Seeded per process, so that a
    /// corpus cannot be written to collide.
    /// </summary>
    internal static uint Hash(ReadOnlySpan<char> key) => key.Length <= ShortKey ? HashShort(ShortKeyOf(key), key.Length) : (uint)string.GetHashCode(key);

    /// <summary>A short key (at most <see cref="ShortKey"/> chars) as a vector, zero past its end.</summary>
    internal static Vector256<ushort> ShortKeyOf(ReadOnlySpan<char> key)
    {
        Span<ushort> padded = stackalloc ushort[ShortKey];
        padded.Clear();
        MemoryMarshal.Cast<char, ushort>(key).CopyTo(padded);
        return Vector256.Create<ushort>(padded);
    }

    /// <summary>
    /// The vector of the <paramref name="length"/> (at most <see cref="ShortKey"/>) chars at <paramref name="start"/>,
    /// zero past them, read in one load: the caller guarantees that <see cref="ShortKey"/> chars are readable there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<ushort> ShortKeyAt(ref char start, int length) =>
        Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref start)) & LengthMask(length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> LengthMask(int length) =>
        Vector256.LessThan(Vector256<ushort>.Indices, Vector256.Create((ushort)length));

    /// <summary>The hash of a short key given as its zero-padded vector: three full 64-bit products (high and low halves folded together), no branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint HashShort(Vector256<ushort> key, int length)
    {
        var words = key.AsUInt64();
        ulong first = Mix(words.GetElement(0) ^ Seed0, words.GetElement(1) ^ Seed1);
        ulong second = Mix(words.GetElement(2) ^ Seed2, words.GetElement(3) ^ Seed3 ^ (ulong)length);
        ulong hash = Mix(first ^ Seed4, second);
        return (uint)(hash ^ (hash >> 32));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong left, ulong right)
    {
        // The low half multiplied on its own: BigMul hands it back through memory, and the store and reload were on
        // the way to each token's prefetch. The value is the same.
        ulong high = Math.BigMul(left, right, out _);
        return high ^ (left * right);
    }

    private static ulong NewSeed()
    {
        // Random.Shared is seeded from the system's random source, as the runtime's own string hash (Marvin) is: as
        // unknown to whoever writes a corpus, without loading OpenSSL for the cryptographic generator, which cost
        // the first counting thread 11-12 ms at start.
        Span<ulong> seed = stackalloc ulong[1];
        Random.Shared.NextBytes(MemoryMarshal.AsBytes(seed));
        return seed[0] | 1;
    }

    /// <summary>
    /// As <see cref="GetOrAddPayload(ReadOnlySpan{char}, uint, out int, out bool)"/> for a short key also given as its
    /// vector (<see cref="ShortKeyOf"/>, <see cref="ShortKeyAt"/>) with its <see cref="HashShort"/>: the key is compared
    /// in one vector comparison.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal ref ulong GetOrAddShortPayload(ReadOnlySpan<char> key, Vector256<ushort> vector, uint hash, out int id, out bool added)
    {
        var mask = LengthMask(key.Length);
        var table = slots;
        int slot = (int)hash & this.mask;
        while (true)
        {
            ulong entry = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(table), slot);
            if (entry == 0)
            {
                break;
            }
            if ((uint)(entry >> 32) == hash)
            {
                ref char record = ref CharAt((int)(uint)entry - 1);
                if (Unsafe.As<char, int>(ref Unsafe.Add(ref record, 6)) == key.Length
                    && ((Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref record, Header))) & mask) == vector))
                {
                    added = false;
                    id = Unsafe.As<char, int>(ref record);
                    return ref Unsafe.As<char, ulong>(ref Unsafe.Add(ref record, 2));
                }
            }
            slot = (slot + 1) & this.mask;
        }
        added = true;
        int offset = Insert(key, hash, slot);
        id = IdAt(offset);
        return ref PayloadAt(offset);
    }
}
