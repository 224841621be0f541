namespace CorpusLens.Text;

/// <summary>
/// The key and display strings of an index's terms, made when first asked for from the vocabularies' key records
/// (<see cref="KeyArena"/>), or given in full: a table head shows a thousand of a million terms, and
/// a string per term is 70 MB on a 1 GB corpus. Ranks and CSV or JSON rows read the characters where they are
/// (<see cref="DisplaySpan"/>); every string is made at once, on two threads, only where an array of them all is
/// wanted (<see cref="AllDisplay"/>), and the records are let go then. Safe for concurrent readers.
/// </summary>
internal sealed class TermTexts
{
    // Entries not made yet are null (the arrays are typed as they end up: every entry a string).
    private readonly string[] keys;
    private readonly string[] display;
    private readonly object gate = new();
    private Sources? sources;

    /// <summary>Texts given in full.</summary>
    public TermTexts(string[] keys, string[] display)
    {
        this.keys = keys;
        this.display = display;
    }

    /// <summary>
    /// Texts made on demand: term t's key is <c>units[Worker(keyReferences[t])][Offset(keyReferences[t])]</c>, its
    /// display form the same from <paramref name="surfaces"/>, or the key itself where its reference is -1.
    /// <paramref name="characters"/>: the keys' characters in all (to size the allocation when all are made).
    /// <paramref name="count"/>: the number of terms, when the arrays are longer (default: their length).
    /// </summary>
    public TermTexts(KeyArena[] units, KeyArena[] surfaces, long[] keyReferences, long[] displayReferences, long characters, int? count = null)
    {
        int terms = count ?? keyReferences.Length;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(terms, Math.Min(keyReferences.Length, displayReferences.Length));
        keys = new string[terms];
        display = new string[terms];
        sources = new Sources(units, surfaces, keyReferences, displayReferences, characters);
    }

    /// <summary>Number of terms.</summary>
    public int Count => keys.Length;

    /// <summary>A reference to the record at <paramref name="offset"/> of worker <paramref name="worker"/>'s arena.</summary>
    public static long Reference(int worker, int offset) => ((long)worker << 32) | (uint)offset;

    /// <summary>The key at <paramref name="reference"/> (<see cref="Reference"/>) in <paramref name="arenas"/>.</summary>
    public static ReadOnlySpan<char> Read(KeyArena[] arenas, long reference) => arenas[(int)(reference >> 32)][(int)(uint)reference];

    /// <summary>The key of term <paramref name="term"/>.</summary>
    public string Key(int term) => Volatile.Read(ref keys[term]) ?? Make(term, keys);

    /// <summary>The display form of term <paramref name="term"/>.</summary>
    public string Display(int term) => Volatile.Read(ref display[term]) ?? Make(term, display);

    /// <summary>The characters of term <paramref name="term"/>'s key, without making a string.</summary>
    public ReadOnlySpan<char> KeySpan(int term) =>
        Volatile.Read(ref keys[term]) is { } made ? made
        : Volatile.Read(ref sources) is { } current ? current.KeySpan(term)
        : keys[term];

    /// <summary>The characters of term <paramref name="term"/>'s display form, without making a string.</summary>
    public ReadOnlySpan<char> DisplaySpan(int term) =>
        Volatile.Read(ref display[term]) is { } made ? made
        : Volatile.Read(ref sources) is { } current ? current.DisplaySpan(term)
        : display[term];

    /// <summary>Asks the CPU for where term <paramref name="term"/>'s display form is (first of two rounds, see <see cref="PrefetchDisplay"/>).</summary>
    public unsafe void PrefetchDisplayPlace(int term)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(sources is { } current ? current.ReferencePlace(term) : System.Runtime.CompilerServices.Unsafe.AsPointer(ref display[term]));
        }
    }

    /// <summary>Asks the CPU for the characters of term <paramref name="term"/>'s display form.</summary>
    public unsafe void PrefetchDisplay(int term)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            fixed (char* text = DisplaySpan(term))
            {
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(text);
            }
        }
    }

    /// <summary>Every display form, made now where not made yet.</summary>
    public string[] AllDisplay
    {
        get
        {
            MakeAll();
            return display;
        }
    }

    private string Make(int term, string[] texts)
    {
        var current = Volatile.Read(ref sources);
        if (current is null)
        {
            return texts[term]; // all made meanwhile
        }
        string key = Volatile.Read(ref keys[term]) ?? Publish(keys, term, current.Key(term));
        return ReferenceEquals(texts, keys) ? key : Publish(display, term, current.Display(term, key));
    }

    private static string Publish(string[] texts, int term, string made) =>
        Interlocked.CompareExchange(ref texts[term], made, null!) ?? made;

    /// <summary>Terms whose strings are made as one piece of work by either thread (<see cref="MakeAll"/>).</summary>
    private const int TermsPerChunk = 1 << 14;

    private void MakeAll()
    {
        if (Volatile.Read(ref sources) is null)
        {
            return;
        }
        lock (gate)
        {
            if (sources is not { } current)
            {
                return;
            }
            // Every string made here lives on: no collection while they are made (see NoCollectionRegion).
            long bytes = NoCollectionRegion.StringBytes(0) * 2L * Count + 2 * NoCollectionRegion.StringBytes(current.Characters);
            using (new NoCollectionRegion(bytes))
            {
                TwoThreads.Chunks(Count, TermsPerChunk, (_, from, to) =>
                {
                    for (int term = from; term < to; term++)
                    {
                        Display(term); // makes the key too
                    }
                });
            }
            Volatile.Write(ref sources, null); // the vocabularies' records can go now
        }
    }

    private sealed class Sources(KeyArena[] units, KeyArena[] surfaces, long[] keyReferences, long[] displayReferences, long characters)
    {
        public long Characters => characters;

        public ReadOnlySpan<char> KeySpan(int term) => Read(units, keyReferences[term]);

        public ReadOnlySpan<char> DisplaySpan(int term) => displayReferences[term] < 0 ? KeySpan(term) : Read(surfaces, displayReferences[term]);

        public unsafe void* ReferencePlace(int term) => System.Runtime.CompilerServices.Unsafe.AsPointer(ref displayReferences[term]);

        public string Key(int term) => new(KeySpan(term));

        public string Display(int term, string key) => displayReferences[term] < 0 ? key : new string(Read(surfaces, displayReferences[term]));
    }
}
