namespace CorpusLens.Text;

/// <summary>One document's place in a worker's pair lists.</summary>
internal readonly record struct WorkerDocument(int Index, int Offset, int Length, int Tokens, string Language);

/// <summary>
/// Counts the units (words or n-grams) of the documents given to one thread. Each distinct surface form is looked
/// up in an open-addressing vocabulary; its folded form and stop-list membership are computed once, when it is
/// first seen. Per document, counts go to a dense array indexed by folded id and are appended to compact pair
/// lists when the document ends. Not thread-safe: one worker per thread.
/// </summary>
internal sealed partial class CountingWorker
{
    /// <summary>A unit's stop bits before they are looked up (<see cref="StopsOf"/>, <see cref="Complete"/>).</summary>
    private const byte UnresolvedStops = 0x80;

    /// <summary>An elision's stop bits: a French function word (bit 0), and an elision (bit 4).</summary>
    private const byte ElisionStops = 0b1_0001;

    private readonly TermOptions options;
    // Per unit, its count in the current document in the low byte, so that the array stays in the core's own cache
    // (700,000 units: 1.4 MB instead of 2.8 MB, read and written once a token); a count that reaches 255 stays there
    // and the rest goes to overflowCounts. The high byte gathers the unit's language classes (FoldedLanguages): they
    // are set when a document ends, in the cache line that its count was just read from, where an array of their
    // own cost a cache miss per unit and document (gen1000: 6 % of the time).
    private ushort[] documentCounts = new ushort[1 << 14];
    private readonly Dictionary<int, int> overflowCounts = [];
    private int[] touched = new int[1 << 12];
    private int touchedCount;
    // Units counted in the current block whose document counts are not updated yet (see CountQueued); a negative one
    // is PendingUnit | the index of a new surface whose unit is not looked up yet.
    private int[] queuedUnits = new int[BlockSize * 2];
    private int queuedCount;
    // New surfaces of the current block, folded, their unit's slot prefetched, to be looked up in CountQueued.
    private const uint PendingUnit = 0x8000_0000;
    private PendingSurface[] pendingSurfaces = new PendingSurface[BlockSize];
    private int[] pendingUnits = new int[BlockSize];
    private int pendingCount;
    private char[] pendingFolded = new char[1 << 10];
    private int pendingFoldedLength;
    private char[] foldBuffer = new char[256];

    public CountingWorker(TermOptions options)
    {
        this.options = options;
        if (options.NGram > 1)
        {
            ngramMapper = new TermMapper(options);
            ngramWords = new TermVocabulary(1 << 14);
        }
    }

    public TermVocabulary Surfaces { get; } = new(1 << 14);

    /// <summary>Surface form id → its folded unit (high 32 bits of the payload) and count (low 32 bits).</summary>
    public static int UnitOf(ulong payload) => (int)(payload >> 32);

    /// <summary>The count part of a surface payload.</summary>
    public static long CountOf(ulong payload) => (long)(payload & 0xFFFFFFFF);

    public TermVocabulary Folded { get; } = new(1 << 14);

    /// <summary>Per folded unit: bit c set when it occurs in a document of language class c. Made by <see cref="Complete"/>.</summary>
    public byte[] FoldedLanguages { get; private set; } = [];

    /// <summary>
    /// Per folded unit: bit c set when it is in the stop list of language class c; bit 4 for an elision. Complete
    /// after <see cref="Complete"/>; while counting, a unit's bits are looked up when a document's language is
    /// detected from them, so counting need not wait for the stop lists to load.
    /// </summary>
    public byte[] FoldedStops { get; private set; } = new byte[1 << 14];

    /// <summary>Per document, the units it contains (three bytes each while there are fewer than 16.7 million units).</summary>
    public IntChunkList PairUnits { get; } = new(bytesPerValue: 3);

    /// <summary>How often each unit of <see cref="PairUnits"/> occurs in its document (one byte each below 255).</summary>
    public IntChunkList PairCounts { get; } = new(bytesPerValue: 1);

    public List<WorkerDocument> Documents { get; } = [];

    /// <summary>Counts one document. <paramref name="language"/> null: detected from its stopwords.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(int index, ReadOnlySpan<char> text, string? language)
    {
        int tokens;
        if (options.NGram == 1)
        {
            tokens = CountWords(text);
            language ??= DetectFromCounts();
        }
        else
        {
            language ??= LanguageDetector.Detect(text[..Math.Min(text.Length, 8192)]).Language;
            tokens = CountNGrams(text, options.NGram, LanguageClass.Of(language));
        }
        int languageBits = 1 << (8 + LanguageClass.Of(language));
        int offset = PairUnits.Count;
        var counts = documentCounts;
        for (int i = 0; i < touchedCount; i++)
        {
            int unit = touched[i];
            PairUnits.Add(unit);
            PairCounts.Add(CountInDocument(unit));
            counts[unit] = (ushort)((counts[unit] & 0xFF00) | languageBits);
        }
        if (overflowCounts.Count > 0)
        {
            overflowCounts.Clear();
        }
        Documents.Add(new WorkerDocument(index, offset, touchedCount, tokens, language));
        touchedCount = 0;
    }

    /// <summary>
    /// Counts one occurrence of surface <paramref name="surfaceId"/>, whose payload is <paramref name="payload"/>, and
    /// queues its unit for <see cref="CountQueued"/>, asking the CPU meanwhile for the unit's count in the document:
    /// a rare unit's count is not in the cache, and a block's misses overlap instead of following one another.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private unsafe void Tally(ref ulong payload, int surfaceId, bool added, ReadOnlySpan<char> surface, TokenKind kind)
    {
        if (added)
        {
            Defer(surfaceId, surface, kind);
            payload = ref Surfaces.Payload(surfaceId);
        }
        payload++;
        int unit = (int)(payload >> 32);
        if (queuedCount == queuedUnits.Length)
        {
            Array.Resize(ref queuedUnits, queuedUnits.Length * 2);
        }
        queuedUnits[queuedCount++] = unit;
        if (unit >= 0 && System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref documentCounts[unit]));
        }
    }

    /// <summary>Adds the units queued by <see cref="Tally"/> to the document's counts, in the order they were counted.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void CountQueued()
    {
        for (int p = 0; p < pendingCount; p++)
        {
            var pending = pendingSurfaces[p];
            pendingUnits[p] = SetUnit(pending.SurfaceId, pendingFolded.AsSpan(pending.FoldedStart, pending.FoldedLength), pending.Hash, pending.Kind);
        }
        pendingCount = 0;
        pendingFoldedLength = 0;
        var units = queuedUnits;
        var counts = documentCounts;
        for (int i = 0; i < queuedCount; i++)
        {
            int unit = units[i];
            if (unit < 0)
            {
                unit = pendingUnits[unit & int.MaxValue];
            }
            if (touchedCount == touched.Length)
            {
                Array.Resize(ref touched, touched.Length * 2);
            }
            // Whether a unit is new in the document is a coin toss for the branch predictor: the unit is written at
            // the end of the list either way, and the list grows only when it was new.
            touched[touchedCount] = unit;
            int entry = counts[unit];
            int before = entry & 0xFF;
            touchedCount += before == 0 ? 1 : 0;
            if (before == byte.MaxValue)
            {
                CountOverflow(unit);
            }
            else
            {
                counts[unit] = (ushort)(entry + 1);
            }
        }
        queuedCount = 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void CountOverflow(int unit) => overflowCounts[unit] = overflowCounts.GetValueOrDefault(unit) + 1;

    /// <summary>How often <paramref name="unit"/> occurs in the current document.</summary>
    private int CountInDocument(int unit)
    {
        int count = documentCounts[unit] & 0xFF;
        return count == byte.MaxValue && overflowCounts.Count > 0 ? count + overflowCounts.GetValueOrDefault(unit) : count;
    }

    /// <summary>
    /// Folds new surface <paramref name="surfaceId"/> and asks the CPU for its unit's slot, leaving the lookup to
    /// <see cref="CountQueued"/>: a new word's unit is rarely in the cache, and a block's misses then overlap.
    /// Until then the surface's unit is <see cref="PendingUnit"/> and its place in the pending list.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Defer(int surfaceId, ReadOnlySpan<char> surface, TokenKind kind)
    {
        if (pendingFolded.Length < pendingFoldedLength + (surface.Length * 2))
        {
            Array.Resize(ref pendingFolded, Math.Max(pendingFolded.Length * 2, pendingFoldedLength + (surface.Length * 2)));
        }
        if (pendingCount == pendingSurfaces.Length)
        {
            Array.Resize(ref pendingSurfaces, pendingCount * 2);
            Array.Resize(ref pendingUnits, pendingCount * 2);
        }
        int length = CaseFolding.Fold(surface, pendingFolded.AsSpan(pendingFoldedLength));
        uint hash = Folded.Prefetch(pendingFolded.AsSpan(pendingFoldedLength, length));
        pendingSurfaces[pendingCount] = new PendingSurface(surfaceId, pendingFoldedLength, length, hash, kind);
        Surfaces.Payload(surfaceId) = (ulong)(PendingUnit | (uint)pendingCount) << 32;
        pendingCount++;
        pendingFoldedLength += length;
    }

    /// <summary>A new surface waiting for its unit (<see cref="Defer"/>): where its folded form is in the pending buffer.</summary>
    private readonly record struct PendingSurface(int SurfaceId, int FoldedStart, int FoldedLength, uint Hash, TokenKind Kind);

    /// <summary><paramref name="surface"/> case-folded, in the worker's buffer (valid until the next call).</summary>
    private ReadOnlySpan<char> Fold(ReadOnlySpan<char> surface)
    {
        if (foldBuffer.Length < surface.Length * 2)
        {
            foldBuffer = new char[surface.Length * 2];
        }
        return foldBuffer.AsSpan(0, CaseFolding.Fold(surface, foldBuffer));
    }

    /// <summary>
    /// Makes <paramref name="folded"/> (hash <paramref name="hash"/>) the unit of new surface <paramref name="surfaceId"/>,
    /// adding it when new, and returns it; the surface's count so far is kept.
    /// </summary>
    private int SetUnit(int surfaceId, ReadOnlySpan<char> folded, uint hash, TokenKind kind)
    {
        int unit = Folded.GetOrAdd(folded, hash, out bool addedUnit);
        if (addedUnit)
        {
            if (unit == FoldedStops.Length)
            {
                FoldedStops = Grow(FoldedStops);
                documentCounts = Grow(documentCounts);
            }
            FoldedStops[unit] = kind == TokenKind.Elision ? ElisionStops : UnresolvedStops;
        }
        ref ulong payload = ref Surfaces.Payload(surfaceId);
        payload = ((ulong)(uint)unit << 32) | (uint)payload;
        return unit;
    }

    /// <summary>
    /// Call once counting is done: looks up the stop bits of every unit whose bits are not known yet, and gathers
    /// <see cref="FoldedLanguages"/>.
    /// </summary>
    public void Complete()
    {
        var languages = new byte[Folded.Count];
        for (int unit = 0; unit < languages.Length; unit++)
        {
            StopsOf(unit);
            languages[unit] = (byte)(documentCounts[unit] >> 8);
        }
        FoldedLanguages = languages;
    }

    /// <summary>The stop bits of <paramref name="unit"/>, looked up in the stop lists the first time they are asked for.</summary>
    private byte StopsOf(int unit)
    {
        byte stops = FoldedStops[unit];
        if (stops == UnresolvedStops)
        {
            stops = FoldedStops[unit] = Stopwords.FoldedMask(Folded[unit]);
        }
        return stops;
    }

    private string DetectFromCounts()
    {
        Span<int> hits = stackalloc int[3];
        for (int i = 0; i < touchedCount; i++)
        {
            int unit = touched[i];
            int stops = StopsOf(unit);
            for (int c = 0; c < 3; c++)
            {
                if ((stops & (1 << c)) != 0)
                {
                    hits[c] += CountInDocument(unit);
                }
            }
        }
        int best = 0;
        for (int c = 1; c < 3; c++)
        {
            if (hits[c] > hits[best])
            {
                best = c;
            }
        }
        return hits[best] < LanguageDetector.MinimumEvidence ? Language.Undetermined : LanguageClass.Code(best);
    }

    private static T[] Grow<T>(T[] array)
        where T : unmanaged => PrefaultedArray.Doubled(array);
}
