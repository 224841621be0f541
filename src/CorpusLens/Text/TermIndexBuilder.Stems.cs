using System.Numerics;
using System.Runtime.CompilerServices;

namespace CorpusLens.Text;

/// <summary>Units mapped to their stems (<see cref="MapStems"/>).</summary>
internal sealed partial class TermIndexBuilder
{
    /// <summary>
    /// With stemming several units share a term. Each (unit, language class) a unit is counted in is an entry, and
    /// entries are numbered in unit order, then class order. Both threads stem chunks of units in turn: each entry
    /// notes where its key is (the unit's own record when it is counted as itself, else the stem copied into the
    /// thread's arena) and the key's hash. The entries are then sorted by hash, then entry: equal keys are neighbours,
    /// the first entry of each key leads it, and the terms are the leaders in entry order, so they are numbered as one
    /// pass over the units in order would number them; both threads number chunks of entries, each from its chunk's
    /// first term. No vocabulary is built: sorting 400,000 numbers costs less than a hash table's lookups and its
    /// fresh memory (gen100: two vocabularies, one per thread, then the upper one looked up in the lower one, took
    /// 270-355 ms). Display forms are weighed as terms are numbered, so no form is kept per unit or per term (gen100,
    /// eight alternated runs: the stem pass and the phases after it 210 -> 196 ms, the peak 210 -> 200 MB).
    /// </summary>
    private void MapStems()
    {
        AllocateTerms();
        bool surface = options.Display == TermDisplay.Surface;
        var languages = units.Languages;
        var firstEntry = PrefaultedArray.Uninitialized<int>(units.Count + 1);
        int entries = 0;
        for (int unit = 0; unit < units.Count; unit++)
        {
            firstEntry[unit] = entries;
            entries += BitOperations.PopCount(languages[unit]);
        }
        firstEntry[units.Count] = entries;
        // Per entry: (hash << 32) | entry, or Dropped; where its key is; its unit (-1: dropped). The sort's two arrays
        // are longs, as the terms' key and display references are: those are written into them once the keys are
        // found (entries are at least as many as terms), not into 5 MB more of fresh memory (gen100).
        var order = PrefaultedArray.Uninitialized<long>(entries);
        var keyOfEntry = PrefaultedArray.Uninitialized<long>(entries);
        var unitOfEntry = PrefaultedArray.Uninitialized<int>(entries);
        int lowEntries = 0;
        int droppedEntries = 0;
        var stems = new[] { new KeyRecords(), new KeyRecords() };
        var threadStemmers = new[] { new ThreadStemmers(), new ThreadStemmers() };
        var queue = new ChunkQueue(units.Count, StemChunk);
        TwoThreads.Run(() => StemChunks(0), () => StemChunks(1));
        Diagnostics.PhaseTimer.Mark("build: stems: units stemmed");

        var arenas = workers.Select(worker => worker.Folded.Arena).Concat(stems.Select(arena => arena.Arena)).ToArray();
        var termOfEntry = PrefaultedArray.Uninitialized<int>(entries);
        // Sorted on two threads: the entries whose hash has its top bit clear, then the others (the dropped last), each
        // half copied in entry order and sorted on its own, with order as its scratch room once both are copied. A run
        // of equal hashes is in one half, so each thread then finds the leaders of its half. Only the hash half of a
        // key is sorted: the entries are in order already, and the keys carry their entry (no items).
        var sorted = PrefaultedArray.Uninitialized<long>(entries);
        int low = lowEntries;
        TwoThreads.Run(() => CopyHalf(Keys(order), Keys(sorted)[..low], high: false), () => CopyHalf(Keys(order), Keys(sorted)[low..], high: true));
        int kept = entries - droppedEntries; // the dropped sort last
        // Each kept entry's leader; the leaders of keys of several entries (several units, or one unit in several
        // classes) are marked.
        var shared = surface ? PrefaultedArray.Create<bool>(entries) : [];
        Action<int, int>? join = surface ? (leader, _) => shared[leader] = true : null;
        int terms = 0;
        TwoThreads.Run(() => Interlocked.Add(ref terms, SortAndLead(0, low)), () => Interlocked.Add(ref terms, SortAndLead(low, entries)));
        Diagnostics.PhaseTimer.Mark("build: stems: equal keys found");

        // Leaders numbered in entry order, in chunks on two threads: each chunk's leaders counted, then numbered from
        // the chunk's first term. A leader's slot then holds ~term; every other entry's still holds its leader. Each
        // term is shown as the most frequent form of its entries' units: a lone entry's unit's own (as without
        // stemming), else the best of them, weighed by each thread and then over the two (forms are ordered by
        // count, then text, so the order they are weighed in does not matter). The forms are read in entry order,
        // which is unit order (weighed in sorted order as the keys were found, gen100's 100,000 cost 50 ms of CPU).
        int chunks = TwoThreads.ChunkCount(entries, StemChunk);
        var firstTermOfChunk = new int[chunks + 1];
        TwoThreads.Chunks(entries, StemChunk, (chunk, from, to) => firstTermOfChunk[chunk + 1] = CountLeaders(from, to, unitOfEntry, termOfEntry));
        for (int chunk = 0; chunk < chunks; chunk++)
        {
            firstTermOfChunk[chunk + 1] += firstTermOfChunk[chunk];
        }
        var keyReferences = sorted; // the sort is done: its arrays take the references of terms 0 to terms - 1
        var displayReferences = order;
        // Per thread: leader entry → the best form of its key among the entries the thread numbered.
        var sharedForms = new[] { new Dictionary<int, ShownForm>(), new Dictionary<int, ShownForm>() };
        long characters = 0;
        var numbering = new ChunkQueue(entries, StemChunk);
        TwoThreads.Run(() => Number(sharedForms[0]), () => Number(sharedForms[1]));
        // A key's best form over both threads: each thread writes the keys its own table holds, the first thread
        // those both hold (the tables are only read now).
        TwoThreads.Run(() => ShowSharedForms(sharedForms[0], sharedForms[1], both: true), () => ShowSharedForms(sharedForms[1], sharedForms[0], both: false));
        Diagnostics.PhaseTimer.Mark("build: stems: terms numbered");

        TwoThreads.Chunks(units.Count, UnitsPerChunk, (_, from, to) => SetEntryTerms(from, to, firstEntry, unitOfEntry, termOfEntry));
        texts = new TermTexts(arenas, workers.Select(worker => worker.Surfaces.Arena).ToArray(), keyReferences, displayReferences, characters, terms);

        void Number(Dictionary<int, ShownForm> best)
        {
            long inThread = 0;
            while (numbering.TryTake(out int chunk, out int from, out int to))
            {
                int term = firstTermOfChunk[chunk];
                for (int entry = from; entry < to; entry++)
                {
                    int unit = unitOfEntry[entry];
                    if (unit < 0)
                    {
                        continue;
                    }
                    int leader = termOfEntry[entry];
                    if (leader != entry)
                    {
                        if (surface)
                        {
                            Keep(best, leader, FormOf(unit, counted: true));
                        }
                        continue;
                    }
                    var key = TermTexts.Read(arenas, keyOfEntry[entry]);
                    inThread += key.Length;
                    keyReferences[term] = keyOfEntry[entry];
                    displayReferences[term] = -1;
                    if (surface && shared[entry])
                    {
                        Keep(best, entry, FormOf(unit, counted: true));
                    }
                    else if (surface)
                    {
                        var form = FormOf(unit, counted: false);
                        displayReferences[term] = form.Worker < 0 ? -1 : SurfaceReference(form.Worker, form.Surface, key);
                    }
                    termOfEntry[entry] = ~term++;
                }
            }
            Interlocked.Add(ref characters, inThread);
        }

        // Sorts sorted[from..to] (order[from..to] its scratch room) and finds the leaders of its kept entries.
        int SortAndLead(int from, int to)
        {
            RadixSort.Sort(Keys(sorted).Slice(from, to - from), [], Keys(order).Slice(from, to - from), [], firstDigit: 4);
            return Lead(Keys(sorted), from, Math.Min(to, kept), arenas, keyOfEntry, termOfEntry, join);
        }

        void ShowSharedForms(Dictionary<int, ShownForm> mine, Dictionary<int, ShownForm> theirs, bool both)
        {
            foreach (var (leader, form) in mine)
            {
                var shown = form;
                if (theirs.TryGetValue(leader, out var other))
                {
                    if (!both)
                    {
                        continue;
                    }
                    if (displayForms.Beats(other.Worker, other.Surface, other.Total, shown.Worker, shown.Surface, shown.Total))
                    {
                        shown = other;
                    }
                }
                displayReferences[~termOfEntry[leader]] = SurfaceReference(shown.Worker, shown.Surface, TermTexts.Read(arenas, keyOfEntry[leader]));
            }
        }

        // Makes form the one shown for leader's key in best when it beats the one there.
        void Keep(Dictionary<int, ShownForm> best, int leader, ShownForm form)
        {
            if (form.Worker < 0)
            {
                return; // no form: the key is shown
            }
            ref var shown = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(best, leader, out bool exists);
            if (!exists || displayForms.Beats(form.Worker, form.Surface, form.Total, shown.Worker, shown.Surface, shown.Total))
            {
                shown = form;
            }
        }

        void StemChunks(int thread)
        {
            while (queue.TryTake(out _, out int from, out int to))
            {
                StemUnits(thread, from, to);
            }
        }

        // Optimised at its first call, as the counting loop is: the pass runs once, over every unit, and would
        // otherwise start in precompiled code that inlines nothing of the runtime's.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void StemUnits(int thread, int from, int to)
        {
            var arena = stems[thread];
            var stemmers = threadStemmers[thread];
            int arenaIndex = workers.Count + thread;
            int lowInChunk = 0; // kept entries whose hash has its top bit clear
            int droppedInChunk = 0;
            for (int unit = from; unit < to; unit++)
            {
                var text = units.Text(unit);
                byte stops = units.Stops(unit);
                int present = languages[unit];
                // Whether the unit is a proper name matters only where it changes the key: a word dropped as a
                // stopword, or one whose stem differs from it.
                int name = options.NGram == 1 ? -1 : 0; // -1: not worked out yet
                int entry = firstEntry[unit];
                for (int c = 0; c < LanguageClass.Count; c++)
                {
                    if ((present & (1 << c)) == 0)
                    {
                        continue;
                    }
                    bool kept = mapper.TryMap(text, c, false, stops, stemmers, out bool stemmed, out var stem);
                    if (name != 0 && (stemmed || (!kept && mapper.TryMap(text, c, true, stops, null, out _, out _)))
                        && IsProperName(unit, ref name))
                    {
                        kept = true; // a name is counted as itself: never dropped as a stopword, never stemmed
                        stemmed = false;
                    }
                    if (!kept)
                    {
                        order[entry] = unchecked((long)Dropped);
                        unitOfEntry[entry++] = -1;
                        droppedInChunk++;
                        continue;
                    }
                    var key = stemmed ? stem : text;
                    uint hash = TermVocabulary.Hash(key);
                    lowInChunk += (int)(~hash >> 31);
                    order[entry] = (long)(((ulong)hash << 32) | (uint)entry);
                    keyOfEntry[entry] = stemmed ? TermTexts.Reference(arenaIndex, arena.Append(stem)) : OwnReference(unit);
                    unitOfEntry[entry++] = unit;
                }
            }
            Interlocked.Add(ref lowEntries, lowInChunk);
            Interlocked.Add(ref droppedEntries, droppedInChunk);
        }
    }

    /// <summary>
    /// Copies the keys of <paramref name="keys"/> whose top bit is set (<paramref name="high"/>) or clear into
    /// <paramref name="half"/>, in order; <paramref name="half"/> holds exactly as many.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CopyHalf(ReadOnlySpan<ulong> keys, Span<ulong> half, bool high)
    {
        ulong wanted = high ? 1UL : 0UL;
        int copied = 0;
        foreach (ulong key in keys)
        {
            if (copied == half.Length)
            {
                break;
            }
            half[copied] = key; // kept only when it belongs here: no branch on the bit, which is random
            copied += (int)(~((key >> 63) ^ wanted) & 1);
        }
    }

    /// <summary>A sort array's longs as the unsigned keys they hold.</summary>
    private static Span<ulong> Keys(long[] array) => System.Runtime.InteropServices.MemoryMarshal.Cast<long, ulong>(array.AsSpan());

    /// <summary>The sort key of an entry whose unit is dropped in its class: after every kept one (no entry is 2^32 - 1).</summary>
    private const ulong Dropped = ulong.MaxValue;

    /// <summary>
    /// Units stemmed, or entries numbered, as one piece of work by either thread (see <see cref="MapStems"/>): 2,048,
    /// a few milliseconds. Settable for tests: the terms do not depend on it, nor on which thread took which chunk.
    /// </summary>
    internal static int StemChunk { get; set; } = 1 << 11;

    /// <summary>Where unit <paramref name="unit"/>'s own record is: its key when it is counted as itself.</summary>
    private long OwnReference(int unit)
    {
        var (worker, local) = units.Owner(unit);
        return TermTexts.Reference(worker, workers[worker].Folded.OffsetOf(local));
    }

    /// <summary>
    /// Sets <paramref name="leaders"/>[e] for each entry e in sorted[from..to] (whole runs of equal hashes, each sorted
    /// by entry): the first entry of the run whose key is the same text (hashes of different keys rarely agree, so
    /// a run is mostly one key). Returns the number of leaders. <paramref name="joined"/>, when given, is told each
    /// entry that is not a leader, with its leader: those of one key in entry order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Lead(ReadOnlySpan<ulong> sorted, int from, int to, KeyArena[] arenas, long[] keyOfEntry, int[] leaders, Action<int, int>? joined = null)
    {
        int count = 0;
        var leadersOfRun = new List<int>();
        int start = from;
        while (start < to)
        {
            uint hash = (uint)(sorted[start] >> 32);
            int first = (int)(uint)sorted[start];
            leaders[first] = first;
            count++;
            int next = start + 1;
            if (next < to && (uint)(sorted[next] >> 32) == hash)
            {
                leadersOfRun.Clear();
                leadersOfRun.Add(first);
                for (; next < to && (uint)(sorted[next] >> 32) == hash; next++)
                {
                    int entry = (int)(uint)sorted[next];
                    var key = TermTexts.Read(arenas, keyOfEntry[entry]);
                    int leader = -1;
                    foreach (int candidate in leadersOfRun)
                    {
                        if (TermTexts.Read(arenas, keyOfEntry[candidate]).SequenceEqual(key))
                        {
                            leader = candidate;
                            break;
                        }
                    }
                    if (leader < 0)
                    {
                        leader = entry;
                        leadersOfRun.Add(entry);
                        count++;
                    }
                    else
                    {
                        joined?.Invoke(leader, entry);
                    }
                    leaders[entry] = leader;
                }
            }
            start = next;
        }
        return count;
    }

    /// <summary>How many entries in [<paramref name="from"/>, <paramref name="to"/>) lead their key: kept, and their own leader.</summary>
    private static int CountLeaders(int from, int to, int[] unitOfEntry, int[] leaders)
    {
        int count = 0;
        for (int entry = from; entry < to; entry++)
        {
            if (unitOfEntry[entry] >= 0 && leaders[entry] == entry)
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// Writes the terms of units <paramref name="from"/> to <paramref name="to"/> into each worker that saw them, from
    /// their entries: a dropped entry has none, a leader's slot holds ~term, any other entry's slot its leader.
    /// </summary>
    private void SetEntryTerms(int from, int to, int[] firstEntry, int[] unitOfEntry, int[] termOfEntry)
    {
        Span<int> termOfClass = stackalloc int[LanguageClass.Count];
        var languages = units.Languages;
        for (int unit = from; unit < to; unit++)
        {
            int entry = firstEntry[unit];
            for (int c = 0; c < LanguageClass.Count; c++)
            {
                if ((languages[unit] & (1 << c)) == 0)
                {
                    termOfClass[c] = -1;
                    continue;
                }
                int slot = termOfEntry[entry];
                termOfClass[c] = unitOfEntry[entry] < 0 ? -1 : slot < 0 ? ~slot : ~termOfEntry[slot];
                entry++;
            }
            SetTerms(unit, termOfClass);
        }
    }

    /// <summary>Unit <paramref name="unit"/>'s most frequent form, with its count over all workers when <paramref name="counted"/>.</summary>
    private ShownForm FormOf(int unit, bool counted)
    {
        int worker = displayForms.Winner(unit, counted, out int surface, out long total, out _);
        return new ShownForm(worker, surface, total);
    }

    /// <summary>A surface form offered to be shown for a term: the worker and surface it is, and how often it occurs over all workers.</summary>
    private readonly record struct ShownForm(int Worker, int Surface, long Total);
}
